// Runs the migrations of migrations/ up to the latest, or down by one.
import { Migrator, PostgresAdapter, sql, type MigrationResultSet } from 'kysely'
import { migrations } from '../../migrations/index'
import { loadLaborReference } from '../services/labor/load-reference'
import type { Db } from './connect'
import { withSetupLock } from './queries/locks'

// On PostgreSQL the migrator's own tables live in the connection's current schema: without naming it, Kysely
// would find another schema's kysely_migration table (tests run side by side in schemas) and skip creating ours.
// Migrations are independent of one another's order beyond their names' sort, and a release may carry one named
// before a migration an instance already applied (branches landing side by side): such an instance applies the
// missing one instead of refusing to start.
async function migrator(db: Db): Promise<Migrator> {
  const provider = { getMigrations: async () => migrations }
  const settings = { db, provider, allowUnorderedMigrations: true }
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return new Migrator(settings)
  const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(db)
  return new Migrator({ ...settings, migrationTableSchema: rows[0]?.schema ?? 'public' })
}

function unwrap(result: MigrationResultSet): string[] {
  if (result.error) throw result.error
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => `${r.direction} ${r.migrationName}`)
}

// Brings the schema to the latest migration and the shipped reference data (BLS occupations, wages,
// projections) to the version of fixtures/labor; returns the names of the migrations applied. Replicas starting
// together take turns (withSetupLock): the later ones find the schema current.
export async function migrateToLatest(db: Db): Promise<string[]> {
  return withSetupLock(db, async () => {
    const applied = unwrap(await (await migrator(db)).migrateToLatest())
    await loadLaborReference(db)
    return applied
  })
}

// Reverts the most recent migration; returns its name.
export async function migrateDown(db: Db): Promise<string[]> {
  return withSetupLock(db, async () => unwrap(await (await migrator(db)).migrateDown()))
}

// The names of the migrations this release has that the database has not applied (all of them on an empty one).
export async function pendingMigrations(db: Db): Promise<string[]> {
  const known = await (await migrator(db)).getMigrations()
  return known.filter((migration) => !migration.executedAt).map((migration) => migration.name)
}
