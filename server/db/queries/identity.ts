// SQL that sets the stable identity (uuid) of a row, for loads that must keep identities across databases.
import type { Db } from '../connect'

export type UuidTable = 'frameworks' | 'competencies' | 'modules' | 'outcomes' | 'credentials' | 'pathways'

// Gives a row the uuid it is known by elsewhere (a demo fixture, an imported package).
export async function setUuid(db: Db, table: UuidTable, id: number, uuid: string): Promise<void> {
  await db.updateTable(table).set({ uuid }).where('id', '=', id).executeTakeFirstOrThrow()
}
