// Handing rows that belong to no organisation (made by the system: the command line, or before owners could be
// traced) to an organisation, so that its people can change them; until then only admins can.
import type { Db } from '../db/connect'
import { giveUnowned, unownedIds, type OwnedTable } from '../db/queries/owners'
import { findOrganisationByName } from '../db/queries/users'
import { Invalid } from '../errors'
import { recordAudit } from './audit'

export { OWNED_TABLES, type OwnedTable } from '../db/queries/owners'

// Gives every unowned row of these tables to the named organisation (or, dry, only counts them), each audited as
// done by the system; returns how many rows of each table it gave.
export async function adoptUnownedRows(db: Db, organisationName: string, tables: readonly OwnedTable[], dryRun = false) {
  const organisation = await findOrganisationByName(db, organisationName)
  if (!organisation) throw new Invalid(`No organisation is named "${organisationName}"`, { field: 'org' })
  const given: Partial<Record<OwnedTable, number>> = {}
  for (const table of tables) {
    const ids = await unownedIds(db, table)
    given[table] = ids.length
    if (dryRun) continue
    await giveUnowned(db, table, ids, organisation.id)
    for (const id of ids) {
      await recordAudit(db, null, { action: 'update', table, rowId: id, summary: `Gave a row that belonged to no organisation to "${organisation.name}"`, after: { organisationId: organisation.id } })
    }
  }
  return { organisation, given }
}
