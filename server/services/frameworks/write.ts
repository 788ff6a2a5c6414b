// Writing frameworks. A framework (and every competency in it) belongs to the organisation of the person who
// created or imported it; only that organisation (and admins) change it, while everyone may align to it and hold
// pathways against it.
import { can, frameworkPermissions } from '../../../shared/domain/permissions'
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import type { FrameworkInput, FrameworkPatch } from '../../../shared/schemas/framework'
import type { Db } from '../../db/connect'
import { insertFramework, updateFramework as updateFrameworkRow } from '../../db/queries/frameworks'
import { AppError, Conflict } from '../../errors'
import { recordAudit } from '../audit'
import { assertCanEdit, ownerForNew, type Viewer } from '../access'
import { getFramework } from './read'

// Throws 403 unless the actor's role may write frameworks of this kind (ABE instructors: basic-skills standards).
export function assertMayWriteKind(actor: Viewer, kind: FrameworkKind): void {
  if (actor !== null && !frameworkPermissions(kind).some((p) => can(actor.role, p))) {
    throw new AppError('forbidden', 403, 'Your role does not allow you to change this kind of framework.')
  }
}

// The framework, once the actor is known to be allowed to change it and what is in it (403 otherwise): the same
// rule for the framework's own fields and for its items.
export async function requireEditableFramework(db: Db, actor: Viewer, id: number) {
  const framework = await getFramework(db, id)
  assertCanEdit(actor, framework, 'Framework', id)
  assertMayWriteKind(actor, framework.kind)
  return framework
}

// Creates a framework owned by the actor's organisation (for the system, `owner`) and returns it.
export async function createFramework(db: Db, actor: Viewer, input: FrameworkInput, { owner = null }: { owner?: number | null } = {}) {
  const created = await getFramework(db, await insertFramework(db, input, ownerForNew(actor, owner)))
  await recordAudit(db, actor, { action: 'create', table: 'frameworks', rowId: created.id, summary: `Created framework "${created.title}"`, after: created })
  return created
}

// Edits a framework's own fields and returns it.
// Given the revision it was made on, an edit that lost a race is refused (409 stale_version).
export async function updateFramework(db: Db, actor: Viewer, id: number, patch: FrameworkPatch) {
  const before = await requireEditableFramework(db, actor, id)
  // Turning a framework into a kind the actor may not write would lock them out of what they just changed.
  if (patch.kind) assertMayWriteKind(actor, patch.kind)
  if (!(await updateFrameworkRow(db, id, patch))) {
    throw new Conflict('stale_version', `Framework "${before.title}" was changed by someone else (it is at revision ${before.revision}, this edit was made on revision ${patch.revision}); reload it and make the change again`, { field: 'revision', revision: before.revision })
  }
  const after = await getFramework(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'frameworks', rowId: id, summary: `Edited framework "${after.title}"`, before, after })
  return after
}
