// Use cases for frameworks: read with their tree, create, edit, delete when nothing depends on them. A framework
// (and every competency in it) belongs to the organisation of the person who created or imported it; only that
// organisation (and admins) change it, while everyone may align to it and hold pathways against it.
import { buildTree } from '../../shared/domain/tree'
import type { FrameworkInput, FrameworkPatch } from '../../shared/schemas/framework'
import type { Db } from '../db/connect'
import { competenciesOfFramework } from '../db/queries/competencies'
import { findFrameworkByUuid } from '../db/queries/import'
import {
  deleteFramework as deleteFrameworkRow,
  findFramework,
  frameworkReferences,
  insertFramework,
  updateFramework as updateFrameworkRow,
} from '../db/queries/frameworks'
import { InUse, NotFound } from '../errors'
import { recordAudit } from './audit'
import { assertCanEdit, canSee, ownerForNew, writerView, type Viewer } from './access'

export { listFrameworks } from '../db/queries/frameworks'

// A framework, or 404.
export async function getFramework(db: Db, id: number) {
  const framework = await findFramework(db, id)
  if (!framework) throw new NotFound('Framework', id)
  return framework
}

// The row id of a framework named by its row id or its CASE identifier (404 when there is none).
export async function frameworkIdOf(db: Db, ref: string): Promise<number> {
  if (/^\d+$/.test(ref)) {
    if (Number(ref) > 2147483647) throw new NotFound('Framework', ref)
    return Number(ref)
  }
  const found = await findFrameworkByUuid(db, ref.toLowerCase())
  if (!found) throw new NotFound('Framework', ref)
  return found.id
}

// A framework with its competencies nested as a tree.
export async function getFrameworkTree(db: Db, id: number) {
  const framework = await getFramework(db, id)
  const rows = await competenciesOfFramework(db, id)
  return { framework, competencies: buildTree(rows) }
}

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
