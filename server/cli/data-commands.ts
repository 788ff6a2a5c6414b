// Handlers of the commands that change what the database holds: migrate and seed.
import { migrateDown, migrateToLatest } from '../db/migrate'
import { readEnv } from '../env'
import { AppError } from '../errors'
import { seedDemo, type DemoCounts, type DemoSeed } from '../services/seed/index'
import { EXIT_FAILED, EXIT_OK, type CommandContext } from './command'
import { openDatabase } from './database'

// Lists the migrations a run applied or reverted, or says there was nothing to do.
export function reportMigrations(names: string[], out: (line: string) => void): void {
  if (!names.length) out('Migrations: nothing to do, the schema is current')
  for (const name of names) out(`Migration: ${name}`)
}

// One line of what the demo seed wrote.
export function describeCounts(counts: DemoCounts): string {
  const { frameworks, competencies, links, credentials, modules, articulations, pathways } = counts
  return `${pathways} pathway, ${frameworks} frameworks, ${competencies} competencies, ${links} competency links, ${modules} modules, ${credentials} credentials, ${articulations} articulations`
}

// Says what the seed loaded and how to sign in with the demo accounts it made.
export function reportSeed(seeded: DemoSeed, out: (line: string) => void): void {
  out(`Loaded the demo: ${describeCounts(seeded)}`)
  if (!seeded.accounts.length) return
  out(`Demo accounts (password "${seeded.accounts[0]!.password}" for each; for trying Rungs only, change or disable them before real use):`)
  for (const account of seeded.accounts) out(`  ${account.role.padEnd(15)} ${account.email}`)
}

// rungs migrate [--down]
export async function migrate({ env, out, flag }: CommandContext): Promise<number> {
  const db = openDatabase(readEnv(env), out)
  try {
    reportMigrations(await (flag('down') ? migrateDown(db) : migrateToLatest(db)), out)
    return EXIT_OK
  } finally {
    await db.destroy()
  }
}

// rungs seed: brings the schema up to date, then loads the demo, or explains why not when there is data.
export async function seed({ env, out, err }: CommandContext): Promise<number> {
  const db = openDatabase(readEnv(env), out)
  try {
    reportMigrations(await migrateToLatest(db), out)
    reportSeed(await seedDemo(db), out)
    return EXIT_OK
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'not_empty')) throw error
    err(`${error.message}. Nothing was changed; seed a new database (e.g. RUNGS_DB=./data/demo.db) instead.`)
    return EXIT_FAILED
  } finally {
    await db.destroy()
  }
}
