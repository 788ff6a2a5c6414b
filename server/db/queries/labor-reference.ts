// SQL for loading the shipped labour-market reference data: replaced as a whole, in batches, once per version.
import type { Insertable } from 'kysely'
import type { Db } from '../connect'
import type { OccupationProjectionsTable, OccupationsTable, OccupationWagesTable } from '../tables/labor'
import { now } from '../stamps'

// Rows per insert statement: well under SQLite's and PostgreSQL's limits on bound parameters (16 columns × 250).
const BATCH = 250

async function insertInBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += BATCH) await insert(rows.slice(at, at + BATCH))
}

// The version of a reference data set that is loaded, or undefined.
export async function loadedVersion(db: Db, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('reference_data').select('version').where('name', '=', name).executeTakeFirst()
  return row?.version
}

export type ReferenceRows = {
  occupations: Insertable<OccupationsTable>[]
  wages: Omit<Insertable<OccupationWagesTable>, 'createdAt' | 'updatedAt' | 'organisationId'>[]
  projections: Insertable<OccupationProjectionsTable>[]
}

// Replaces the shipped rows (occupations, national wages, projections) with these and records the version.
// Local wages, which partnerships entered, are kept.
export async function replaceReferenceRows(db: Db, name: string, version: string, rows: ReferenceRows): Promise<void> {
  const stamp = now()
  await db.deleteFrom('occupation_wages').where('organisationId', 'is', null).execute()
  await db.deleteFrom('occupation_projections').execute()
  await db.deleteFrom('occupations').execute()
  await insertInBatches(rows.occupations, (batch) => db.insertInto('occupations').values(batch).execute())
  await insertInBatches(rows.wages, (batch) =>
    db.insertInto('occupation_wages').values(batch.map((w) => ({ ...w, organisationId: null, createdAt: stamp, updatedAt: stamp }))).execute(),
  )
  await insertInBatches(rows.projections, (batch) => db.insertInto('occupation_projections').values(batch).execute())
  await db.deleteFrom('reference_data').where('name', '=', name).execute()
  await db.insertInto('reference_data').values({ name, version, loadedAt: stamp }).execute()
}
