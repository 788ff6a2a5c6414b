// Moving an item within its framework: under another item or to the top level, at a place among its new siblings.
import type { CompetencyMove } from '../../../shared/schemas/framework'
import type { Db } from '../../db/connect'
import { findCompetency, placeCompetency, siblingsUnder } from '../../db/queries/competencies'
import { recordAudit } from '../audit'
import type { Viewer } from '../access'
import { requireEditableFramework } from '../frameworks/write'
import { getCompetency, requireCompetency } from './read'
import { checkParent } from './write'

// Moves the item and numbers its new siblings 0, 1, 2… around it (only rows whose place changes are written);
// a parent in another framework or beneath the item is refused (422 naming parentId).
export async function moveCompetency(db: Db, actor: Viewer, id: number, move: CompetencyMove) {
  const current = await requireCompetency(db, id)
  await requireEditableFramework(db, actor, current.frameworkId)
  await checkParent(db, current.frameworkId, move.parentId, id)
  const before = await getCompetency(db, id)
  const siblings = (await siblingsUnder(db, current.frameworkId, move.parentId)).filter((s) => s.id !== id)
  const at = Math.min(move.index, siblings.length)
  const order = [...siblings.slice(0, at), { id, parentId: move.parentId, position: -1 }, ...siblings.slice(at)]
  for (const [position, row] of order.entries()) {
    if (row.id === id || row.position !== position) await placeCompetency(db, row.id, move.parentId, position)
  }
  const after = await getCompetency(db, id)
  const parent = move.parentId === null ? null : await findCompetency(db, move.parentId)
  const where = parent ? `under ${parent.code}` : 'to the top level'
  await recordAudit(db, actor, { action: 'update', table: 'competencies', rowId: id, summary: `Moved competency ${after.code} ${where}, place ${at + 1}`, before, after })
  return after
}
