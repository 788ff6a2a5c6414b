// Loading one pathway for analysis: its row, its frameworks and the AnalysisInput the viewer may see, with
// competencies in reading order (framework by framework, each as a tree: parent, then its children in order).
// The same loader runs on the main thread and, for a big pathway in an SQLite file, on a worker (run.ts), so
// both read exactly the same input.
import type { Db } from '../../db/connect'
import { loadAnalysisInput, type InputPart, type LoadedAnalysisInput, type LoadedCompetency } from '../../db/queries/analysis'
import { findPathwayBySlug, frameworksOfPathway } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import { laborAnalysisInput } from '../labor/analysis-input'

export type LoadedPathway = {
  pathway: { id: number; slug: string; title: string }
  frameworks: { id: number; title: string; kind: string }[]
  input: LoadedAnalysisInput
  // Each competency's place in its hierarchy: 0 for a root, 1 for its children...
  indent: ReadonlyMap<number, number>
}

// The pathway by slug with everything its analysis and matrix read (or `part` of it: see InputPart), or 404.
export async function loadPathway(db: Db, slug: string, viewer: Viewer, part: InputPart = 'all'): Promise<LoadedPathway> {
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const [frameworks, input, labor] = await Promise.all([
    frameworksOfPathway(db, row.id),
    loadAnalysisInput(db, row.id, viewer, part),
    part === 'outcomes' ? {} : laborAnalysisInput(db, row),
  ])
  const { ordered, indent } = inReadingOrder(input.competencies, frameworks.map((f) => f.id))
  return {
    pathway: { id: row.id, slug: row.slug, title: row.title },
    frameworks: frameworks.map(({ id, title, kind }) => ({ id, title, kind })),
    input: { ...input, ...labor, competencies: ordered },
    indent,
  }
}

// The pathway's frameworks in their listed order, then any other framework (required basic skills), each
// walked depth-first with siblings by position then id (as buildTree orders them); the order in which
// findings about competencies and matrix rows are read. A parent in another framework makes a root. The rows
// themselves are kept (no copies): a statewide catalogue has fifty thousand of them.
function inReadingOrder(competencies: readonly LoadedCompetency[], frameworkOrder: readonly number[]) {
  const byFramework = new Map<number, LoadedCompetency[]>(frameworkOrder.map((id) => [id, []]))
  const byId = new Map<number, LoadedCompetency>()
  for (const c of competencies) {
    const list = byFramework.get(c.frameworkId)
    if (list) list.push(c)
    else byFramework.set(c.frameworkId, [c])
    byId.set(c.id, c)
  }
  const children = new Map<number, LoadedCompetency[]>()
  const roots = new Map<number, LoadedCompetency[]>()
  for (const [frameworkId, rows] of byFramework) {
    const frameworkRoots: LoadedCompetency[] = []
    for (const c of rows) {
      const parent = c.parentId === null ? undefined : byId.get(c.parentId)
      if (parent && parent.frameworkId === frameworkId) {
        const siblings = children.get(parent.id)
        if (siblings) siblings.push(c)
        else children.set(parent.id, [c])
      } else frameworkRoots.push(c)
    }
    roots.set(frameworkId, frameworkRoots)
  }
  const bySiblingOrder = (a: LoadedCompetency, b: LoadedCompetency) => a.position - b.position || a.id - b.id
  const ordered: LoadedCompetency[] = []
  const indent = new Map<number, number>()
  // Depth-first with an explicit stack: an imported hierarchy may be deeper than the call stack.
  const stack: { c: LoadedCompetency; depth: number }[] = []
  const pushSiblings = (list: LoadedCompetency[], depth: number) => {
    list.sort(bySiblingOrder)
    for (let i = list.length - 1; i >= 0; i--) stack.push({ c: list[i]!, depth })
  }
  for (const list of roots.values()) {
    pushSiblings(list, 0)
    for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
      ordered.push(next.c)
      indent.set(next.c.id, next.depth)
      const below = children.get(next.c.id)
      if (below) pushSiblings(below, next.depth + 1)
    }
  }
  // Rows caught in a parent cycle (which writes refuse) are no root's descendants; keep them all the same.
  for (const c of competencies) {
    if (indent.has(c.id)) continue
    indent.set(c.id, 0)
    ordered.push(c)
  }
  return { ordered, indent }
}
