// Handler of `rungs owners adopt`: rows that belong to no organisation given to one.
import { migrateToLatest } from '../db/migrate'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { adoptUnownedRows, OWNED_TABLES, type OwnedTable } from '../services/owners'
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CommandContext } from './command'
import { openDatabase } from './database'

// rungs owners adopt --org <name> [--table <table>] [--dry-run]
export async function adoptOwners({ env, out, err, string, flag }: CommandContext): Promise<number> {
  const name = string('org')
  const table = string('table')
  if (!name) {
    err('--org: name the organisation that is to own the rows')
    return EXIT_USAGE
  }
  if (table !== undefined && !OWNED_TABLES.includes(table as OwnedTable)) {
    err(`--table: one of ${OWNED_TABLES.join(', ')}`)
    return EXIT_USAGE
  }
  const tables = table ? [table as OwnedTable] : OWNED_TABLES
  const db = openDatabase(readEnv(env), out)
  try {
    await migrateToLatest(db)
    const { organisation, given } = await db.transaction().execute((trx) => adoptUnownedRows(trx, name, tables, flag('dry-run')))
    const counts = tables.map((t) => `${given[t] ?? 0} ${t}`).join(', ')
    out(`${flag('dry-run') ? 'Would give' : 'Gave'} rows that belonged to no organisation to "${organisation.name}": ${counts}`)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    err(`${error.message}. Nothing was changed.`)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}
