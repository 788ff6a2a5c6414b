// Use cases for frameworks: read with their tree, create, edit, delete when nothing depends on them.
import { buildTree } from '../../shared/domain/tree'
import type { FrameworkInput, FrameworkPatch } from '../../shared/schemas/framework'
import type { Db } from '../db/connect'
import { competenciesOfFramework } from '../db/queries/competencies'
import {
  deleteFramework as deleteFrameworkRow,
  findFramework,
  frameworkReferences,
  insertFramework,
  updateFramework as updateFrameworkRow,
} from '../db/queries/frameworks'
import { InUse, NotFound } from '../errors'
import { recordAudit } from './audit'
import type { Viewer } from './access'

export { listFrameworks } from '../db/queries/frameworks'

// A framework, or 404.
export async function getFramework(db: Db, id: number) {
  const framework = await findFramework(db, id)
  if (!framework) throw new NotFound('Framework', id)
  return framework
}

// A framework with its competencies nested as a tree.
export async function getFrameworkTree(db: Db, id: number) {
  const framework = await getFramework(db, id)
  const rows = await competenciesOfFramework(db, id)
  return { framework, competencies: buildTree(rows) }
}

// Creates a framework and returns it.
export async function createFramework(db: Db, actor: Viewer, input: FrameworkInput) {
  const created = await getFramework(db, await insertFramework(db, input))
  await recordAudit(db, actor, { action: 'create', table: 'frameworks', rowId: created.id, summary: `Created framework "${created.title}"`, after: created })
  return created
}

// Edits a framework's own fields and returns it.
export async function updateFramework(db: Db, actor: Viewer, id: number, patch: FrameworkPatch) {
  const before = await getFramework(db, id)
  await updateFrameworkRow(db, id, patch)
  const after = await getFramework(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'frameworks', rowId: id, summary: `Edited framework "${after.title}"`, before, after })
  return after
}

// Deletes a framework and its competencies, refused while a pathway or a module depends on it.
export async function deleteFramework(db: Db, actor: Viewer, id: number): Promise<void> {
  const framework = await getFramework(db, id)
  const refs = await frameworkReferences(db, id)
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...refs.modules.map((m) => `module ${m.code}`),
  ]
  if (references.length) throw new InUse(`Framework "${framework.title}"`, references)
  await deleteFrameworkRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'frameworks', rowId: id, summary: `Deleted framework "${framework.title}"`, before: framework })
}
