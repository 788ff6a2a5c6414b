// Reading frameworks: one by row id or CASE identifier, with its tree. Everyone may read every framework.
import { buildTree } from '../../../shared/domain/tree'
import type { Db } from '../../db/connect'
import { competenciesOfFramework } from '../../db/queries/competencies'
import { findFrameworkByUuid } from '../../db/queries/import'
import { findFramework } from '../../db/queries/frameworks'
import { NotFound } from '../../errors'

export { listFrameworks } from '../../db/queries/frameworks'

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
