// Deleting a framework, refused while anything outside it depends on it.
import type { Db } from '../../db/connect'
import { deleteFramework as deleteFrameworkRow } from '../../db/queries/frameworks'
import { InUse } from '../../errors'
import { recordAudit } from '../audit'
import type { Viewer } from '../access'
import { whatRefersToFramework } from './references'
import { requireEditableFramework } from './write'

// Deletes a framework with its items (and the links among them), refused while a pathway, a module or another
// framework's item points at it; the refusal lists them.
export async function deleteFramework(db: Db, actor: Viewer, id: number): Promise<void> {
  const framework = await requireEditableFramework(db, actor, id)
  const references = await whatRefersToFramework(db, actor, id)
  if (references.length) throw new InUse(`Framework "${framework.title}"`, references)
  await deleteFrameworkRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'frameworks', rowId: id, summary: `Deleted framework "${framework.title}"`, before: framework })
}
