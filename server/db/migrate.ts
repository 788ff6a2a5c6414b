// Runs the migrations of migrations/ up to the latest, or down by one.
import { Migrator, type MigrationResultSet } from 'kysely'
import { migrations } from '../../migrations/index'
import type { Db } from './connect'

function migrator(db: Db): Migrator {
  return new Migrator({ db, provider: { getMigrations: async () => migrations } })
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => `${r.direction} ${r.migrationName}`)
}

// Brings the schema to the latest migration; returns the names of the migrations applied.
export async function migrateToLatest(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateToLatest())
}

// Reverts the most recent migration; returns its name.
export async function migrateDown(db: Db): Promise<string[]> {
  return unwrap(await migrator(db).migrateDown())
}
