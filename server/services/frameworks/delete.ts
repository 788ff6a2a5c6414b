// Deleting a framework, refused while anything outside it depends on it.
import type { Db } from '../../db/connect'
import { deleteFramework as deleteFrameworkRow, frameworkReferences } from '../../db/queries/frameworks'
import { InUse } from '../../errors'
import { recordAudit } from '../audit'
import { canSee, writerView, type Viewer } from '../access'
import { requireEditableFramework } from './write'

// Deletes a framework and its competencies, refused while a pathway or a module depends on it (modules the actor
// may not see are counted, never named).
export async function deleteFramework(db: Db, actor: Viewer, id: number): Promise<void> {
  const framework = await requireEditableFramework(db, actor, id)
  const refs = await frameworkReferences(db, id)
  const seen = refs.modules.filter((m) => canSee(writerView(actor), m))
  const unseen = refs.modules.length - seen.length
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...seen.map((m) => `module ${m.code}`),
    ...(unseen ? [`${unseen} module${unseen > 1 ? 's' : ''} you cannot see`] : []),
  ]
  if (references.length) throw new InUse(`Framework "${framework.title}"`, references)
  await deleteFrameworkRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'frameworks', rowId: id, summary: `Deleted framework "${framework.title}"`, before: framework })
}
