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
export async function createFramework(db: Db, input: FrameworkInput) {
  return getFramework(db, await insertFramework(db, input))
}

// Edits a framework's own fields and returns it.
export async function updateFramework(db: Db, id: number, patch: FrameworkPatch) {
  if (!(await updateFrameworkRow(db, id, patch))) throw new NotFound('Framework', id)
  return getFramework(db, id)
}

// Deletes a framework and its competencies, refused while a pathway or a module depends on it.
export async function deleteFramework(db: Db, id: number): Promise<void> {
  const framework = await getFramework(db, id)
  const refs = await frameworkReferences(db, id)
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...refs.modules.map((m) => `module ${m.code}`),
  ]
  if (references.length) throw new InUse(`Framework "${framework.title}"`, references)
  await deleteFrameworkRow(db, id)
}
