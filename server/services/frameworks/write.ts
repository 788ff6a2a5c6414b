// Writing frameworks. A framework (and every competency in it) belongs to the organisation of the person who
// created or imported it; only that organisation (and admins) change it, while everyone may align to it and hold
// pathways against it.
import type { FrameworkInput, FrameworkPatch } from '../../../shared/schemas/framework'
import type { Db } from '../../db/connect'
import { insertFramework, updateFramework as updateFrameworkRow } from '../../db/queries/frameworks'
import { recordAudit } from '../audit'
import { assertCanEdit, ownerForNew, type Viewer } from '../access'
import { getFramework } from './read'

// The framework, once the actor is known to be allowed to change it and what is in it (403 otherwise).
export async function requireEditableFramework(db: Db, actor: Viewer, id: number) {
  const framework = await getFramework(db, id)
  assertCanEdit(actor, framework, 'Framework', id)
  return framework
}

// Creates a framework owned by the actor's organisation (for the system, `owner`) and returns it.
export async function createFramework(db: Db, actor: Viewer, input: FrameworkInput, { owner = null }: { owner?: number | null } = {}) {
  const created = await getFramework(db, await insertFramework(db, input, ownerForNew(actor, owner)))
  await recordAudit(db, actor, { action: 'create', table: 'frameworks', rowId: created.id, summary: `Created framework "${created.title}"`, after: created })
  return created
}

// Edits a framework's own fields and returns it.
export async function updateFramework(db: Db, actor: Viewer, id: number, patch: FrameworkPatch) {
  const before = await requireEditableFramework(db, actor, id)
  await updateFrameworkRow(db, id, patch)
  const after = await getFramework(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'frameworks', rowId: id, summary: `Edited framework "${after.title}"`, before, after })
  return after
}
