// Loading one pathway for analysis: its row, its frameworks and the AnalysisInput the viewer may see, with
// competencies in reading order (framework by framework, each as a tree: parent, then its children in order).
import { buildTree, type TreeNode } from '../../../shared/domain/tree'
import type { Db } from '../../db/connect'
import { loadAnalysisInput, type LoadedAnalysisInput } from '../../db/queries/analysis'
import { findPathwayBySlug, frameworksOfPathway } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'

type Competency = LoadedAnalysisInput['competencies'][number]

export type LoadedPathway = {
  pathway: { id: number; slug: string; title: string }
  frameworks: { id: number; title: string; kind: string }[]
  input: LoadedAnalysisInput
  // Each competency's place in its hierarchy: 0 for a root, 1 for its children...
  indent: ReadonlyMap<number, number>
}

// The pathway by slug with everything its analysis and matrix read, or 404.
export async function loadPathway(db: Db, slug: string, viewer: Viewer): Promise<LoadedPathway> {
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const [frameworks, input] = await Promise.all([frameworksOfPathway(db, row.id), loadAnalysisInput(db, row.id, viewer)])
  const { ordered, indent } = inReadingOrder(input.competencies, frameworks.map((f) => f.id))
  return {
    pathway: { id: row.id, slug: row.slug, title: row.title },
    frameworks: frameworks.map(({ id, title, kind }) => ({ id, title, kind })),
    input: { ...input, competencies: ordered },
    indent,
  }
}

// The pathway's frameworks in their listed order, then any other framework (required basic skills), each
// walked depth-first; the order in which findings about competencies and matrix rows are read.
function inReadingOrder(competencies: readonly Competency[], frameworkOrder: readonly number[]) {
  const byFramework = new Map<number, Competency[]>(frameworkOrder.map((id) => [id, []]))
  for (const c of competencies) {
    const list = byFramework.get(c.frameworkId)
    if (list) list.push(c)
    else byFramework.set(c.frameworkId, [c])
  }
  const ordered: Competency[] = []
  const indent = new Map<number, number>()
  const walk = (node: TreeNode<Competency>, depth: number) => {
    const { children, ...competency } = node
    ordered.push(competency)
    indent.set(competency.id, depth)
    for (const child of children) walk(child, depth + 1)
  }
  for (const rows of byFramework.values()) for (const root of buildTree(rows)) walk(root, 0)
  // Rows caught in a parent cycle (which writes refuse) are no root's descendants; keep them all the same.
  for (const c of competencies) {
    if (indent.has(c.id)) continue
    indent.set(c.id, 0)
    ordered.push(c)
  }
  return { ordered, indent }
}
