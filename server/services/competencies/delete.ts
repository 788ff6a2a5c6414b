// Deleting a competency, refused while anything depends on it.
import type { Db } from '../../db/connect'
import { competencyReferences, deleteCompetency as deleteCompetencyRow } from '../../db/queries/competencies'
import { deleteThreadsOn } from '../../db/queries/comments'
import { InUse } from '../../errors'
import { recordAudit } from '../audit'
import { canSee, writerView, type Viewer } from '../access'
import { targetKey } from '../comments/target'
import { requireCompetency } from './read'
import { assertMayEditFramework } from './write'

// Deletes a competency, refused while it has children or modules align to it (modules the actor may not see are
// counted, never named).
export async function deleteCompetency(db: Db, actor: Viewer, id: number): Promise<void> {
  const competency = await requireCompetency(db, id)
  await assertMayEditFramework(db, actor, competency.frameworkId)
  const refs = await competencyReferences(db, id)
  const seen = refs.modules.filter((m) => canSee(writerView(actor), m))
  const unseen = refs.modules.length - seen.length
  const references = [
    ...refs.children.map((c) => `child competency ${c.code}`),
    ...seen.map((m) => `an alignment of module ${m.code}`),
    ...(unseen ? [`alignments of ${unseen} module${unseen > 1 ? 's' : ''} you cannot see`] : []),
  ]
  if (references.length) throw new InUse(`Competency ${competency.code}`, references)
  // Its links, and employers' ratings of it, go with it (the schema cascades them); so do discussions of it.
  await deleteThreadsOn(db, [targetKey('competency', id)])
  await deleteCompetencyRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'competencies', rowId: id, summary: `Deleted competency ${competency.code}`, before: competency })
}
