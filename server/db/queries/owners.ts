// SQL for the organisations that own rows: which rows belong to none, and handing them to one.
import type { Db } from '../connect'

// The tables whose rows carry an owning organisation (competencies, outcomes, placements… follow their parent's).
export const OWNED_TABLES = ['frameworks', 'credentials', 'modules', 'pathways', 'articulations'] as const
export type OwnedTable = (typeof OWNED_TABLES)[number]

// The ids of a table's rows that belong to no organisation.
export async function unownedIds(db: Db, table: OwnedTable): Promise<number[]> {
  const rows = await db.selectFrom(table).select('id').where('organisationId', 'is', null).orderBy('id').execute()
  return rows.map((r) => r.id)
}

// Gives rows that still belong to no organisation to one.
export async function giveUnowned(db: Db, table: OwnedTable, ids: readonly number[], organisationId: number): Promise<void> {
  if (!ids.length) return
  await db.updateTable(table).set({ organisationId }).where('id', 'in', ids).where('organisationId', 'is', null).execute()
}
