// Handlers of `rungs backup <file>` and `rungs restore <file>`: SQLite through its online backup API;
// PostgreSQL has pg_dump and pg_restore, which the commands point to.
import { existsSync, mkdirSync, statSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { migrations } from '../../migrations/index'
import { connect, connectionFromEnv, type Db } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import { backupSqlite, inspectSqliteBackup, restoreSqlite } from '../db/sqlite-backup'
import { readEnv } from '../env'
import { isDatabaseEmpty } from '../services/seed/index'
import { listUsers } from '../services/users'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { describeDatabase } from './database'
import { reportMigrations } from './data-commands'

const POSTGRES_ADVICE = [
  'With PostgreSQL (DATABASE_URL), back up and restore with PostgreSQL\'s own tools, which take a consistent',
  'snapshot while Rungs keeps running:',
  '  pg_dump --format=custom --file rungs.dump "$DATABASE_URL"',
  'and to restore into an empty database (stop Rungs first):',
  '  pg_restore --no-owner --exit-on-error --dbname "$DATABASE_URL" rungs.dump',
]

// The SQLite file the environment names, or undefined (after printing the PostgreSQL advice) for PostgreSQL.
function sqliteFile({ env, err }: CommandContext): string | undefined {
  const options = connectionFromEnv(readEnv(env))
  if (options.dialect === 'sqlite') return options.file
  POSTGRES_ADVICE.forEach((line) => err(line))
  return undefined
}

// The one file argument, or undefined after printing the usage.
function fileArgument({ positionals, err }: CommandContext, usage: string): string | undefined {
  if (positionals.length === 1) return positionals[0]
  err(`Give exactly one file: ${usage}`)
  return undefined
}

const megabytes = (file: string) => `${(statSync(file).size / 1024 / 1024).toFixed(1)} MB`

// rungs backup <file> [--force]
export async function backup(context: CommandContext): Promise<number> {
  const file = fileArgument(context, 'rungs backup <file> [--force]')
  if (!file) return EXIT_USAGE
  const source = sqliteFile(context)
  if (!source) return EXIT_USAGE
  if (!existsSync(source)) {
    context.err(`There is no database at ${resolve(source)} to back up`)
    return EXIT_FAILED
  }
  if (existsSync(file) && !context.flag('force')) {
    context.err(`${file} already exists; give --force to replace it`)
    return EXIT_FAILED
  }
  context.out(`Database: ${describeDatabase({ dialect: 'sqlite', file: source })}`)
  await backupSqlite(source, file)
  context.out(`Backed up ${megabytes(file)} to ${resolve(file)}`)
  return EXIT_OK
}

// True when the database has people, frameworks or pathways (a fresh or merely migrated one has none).
async function holdsData(db: Db): Promise<boolean> {
  const tables = await db.introspection.getTables()
  if (!tables.some((table) => table.name === 'users')) return false
  return !(await isDatabaseEmpty(db)) || (await listUsers(db, { limit: 1, offset: 0 })).total > 0
}

// rungs restore <file> [--force]
export async function restore(context: CommandContext): Promise<number> {
  const file = fileArgument(context, 'rungs restore <file> [--force]')
  if (!file) return EXIT_USAGE
  const target = sqliteFile(context)
  if (!target) return EXIT_USAGE
  const known = new Set(Object.keys(migrations))
  const newer = inspectSqliteBackup(file).migrations.filter((name) => !known.has(name))
  if (newer.length) {
    context.err(`${file} was made by a newer Rungs (migrations ${newer.join(', ')} are unknown here); upgrade Rungs first`)
    return EXIT_FAILED
  }
  context.out(`Database: ${describeDatabase({ dialect: 'sqlite', file: target })}`)
  if (existsSync(target) && !context.flag('force')) {
    const db = connect({ dialect: 'sqlite', file: target })
    const full = await holdsData(db).finally(() => db.destroy())
    if (full) {
      context.err('This database already holds data; nothing was changed. Stop the server and give --force to replace it with the backup.')
      return EXIT_FAILED
    }
  }
  mkdirSync(dirname(target), { recursive: true })
  await restoreSqlite(file, target)
  context.out(`Restored ${megabytes(file)} from ${resolve(file)}`)
  const db = connect({ dialect: 'sqlite', file: target })
  try {
    reportMigrations(await migrateToLatest(db), context.out)
  } finally {
    await db.destroy()
  }
  return EXIT_OK
}
