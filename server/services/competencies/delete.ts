// Deleting a competency, refused while anything depends on it.
import type { Db } from '../../db/connect'
import { deleteCompetency as deleteCompetencyRow } from '../../db/queries/competencies'
import { deleteThreadsOn } from '../../db/queries/comments'
import { InUse } from '../../errors'
import { recordAudit } from '../audit'
import type { Viewer } from '../access'
import { targetKey } from '../comments/target'
import { whatRefersToCompetency } from '../frameworks/references'
import { requireEditableFramework } from '../frameworks/write'
import { requireCompetency } from './read'

// Deletes a competency with the links inside its framework, refused while it has children, modules align to it or
// another framework's item links to it; the refusal lists them (retiring it keeps it for their sake).
export async function deleteCompetency(db: Db, actor: Viewer, id: number): Promise<void> {
  const competency = await requireCompetency(db, id)
  await requireEditableFramework(db, actor, competency.frameworkId)
  const references = await whatRefersToCompetency(db, actor, id, competency.frameworkId)
  if (references.length) throw new InUse(`Competency ${competency.code}`, references)
  // Employers' ratings of it go with it (the schema cascades them); so do discussions of it.
  await deleteThreadsOn(db, [targetKey('competency', id)])
  await deleteCompetencyRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'competencies', rowId: id, summary: `Deleted competency ${competency.code}`, before: competency })
}
