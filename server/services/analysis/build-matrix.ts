// The crosswalk matrix of a pathway: its frameworks' competencies (areas and their items, as a tree) against
// its modules in ladder order, each cell the depth a module reaches, with coverage per competency and level.
// Pure: the "index" stage of a pathway's flow (load → index → rules → report) for the matrix; the same function
// runs on the request thread for a small pathway and on an analysis worker (pipeline.ts) for a big one.
import { alignmentRows } from '../../../shared/domain/analysis/alignments'
import type { AnalysisCompetency, AnyAlignments } from '../../../shared/domain/analysis/types'
import { DEPTHS, LEVELS, type CompetencyKind, type Depth, type Level, type ModuleKind } from '../../../shared/domain/vocabulary'
import type { MatrixQuery } from '../../../shared/schemas/analysis'
import { Invalid } from '../../errors'
import type { LoadedPathway } from './load'

export type MatrixModule = { id: number; code: string; title: string; level: Level; kind: ModuleKind; stage: number }

// Over the modules shown. For an area: its items' alignments (and its own), and how many of its items
// (leaves) are covered (aligned at any depth) and mastered; for an item, leaves is 1.
export type Coverage = { highest: Depth | null; modules: number; leaves: number; covered: number; mastered: number }

export type MatrixRow = {
  id: number
  frameworkId: number
  code: string
  statement: string
  kind: CompetencyKind
  // Depth in the hierarchy, 0 for a root: how far to indent it.
  indent: number
  leaf: boolean
  // Module id → the deepest alignment of the module to this competency (M over R over I).
  cells: Record<number, Depth>
  coverage: Coverage
}

export type LevelCoverage = { level: Level; modules: number; leaves: number; covered: number; mastered: number }

export type Matrix = {
  pathway: LoadedPathway['pathway']
  frameworks: LoadedPathway['frameworks']
  modules: MatrixModule[]
  rows: MatrixRow[]
  levels: LevelCoverage[]
  generatedAt: string
}

// What the matrix reads of a loaded pathway (a LoadedPathway is one): no outcomes, ratings or credentials.
export type MatrixCompetency = Pick<AnalysisCompetency, 'id' | 'frameworkId' | 'parentId' | 'code' | 'statement' | 'kind'>
export type MatrixSource = {
  pathway: LoadedPathway['pathway']
  frameworks: LoadedPathway['frameworks']
  input: { frameworkIds: readonly number[]; modules: readonly MatrixModule[]; competencies: readonly MatrixCompetency[]; alignments: AnyAlignments }
  indent: ReadonlyMap<number, number>
}

const rank = (depth: Depth) => DEPTHS.indexOf(depth)

// The competencies of these frameworks, or of those only `area` and everything under it (competencies come in
// reading order, a parent before its children); 422 when the area is not among them.
function rowsOf(loaded: MatrixSource, frameworks: ReadonlySet<number>, area: number | undefined): MatrixCompetency[] {
  const competencies = loaded.input.competencies.filter((c) => frameworks.has(c.frameworkId))
  if (area === undefined) return competencies
  const under = new Set<number>()
  for (const c of competencies) if (c.id === area || (c.parentId !== null && under.has(c.parentId))) under.add(c.id)
  const rows = competencies.filter((c) => under.has(c.id))
  if (rows.length === 0) throw new Invalid(`area: competency ${area} is not in the frameworks of pathway ${loaded.pathway.slug}`, { field: 'area' })
  return rows
}

// Builds the matrix of a loaded pathway. `level` (and `module`) keep the modules of those levels (that module)
// and coverage counts only them; `frameworkId` keeps one of the pathway's frameworks, `area` one area of them.
// Required basic skills of other frameworks are not rows: the matrix crosswalks the standards the pathway is
// held against.
export function buildMatrix(loaded: MatrixSource, query: MatrixQuery): Matrix {
  const { input, indent } = loaded
  if (query.frameworkId !== undefined && !input.frameworkIds.includes(query.frameworkId)) {
    throw new Invalid(`Framework ${query.frameworkId} is not one of the frameworks of pathway ${loaded.pathway.slug}`)
  }
  // A module the viewer may not see is answered as one that is not on the pathway.
  if (query.module !== undefined && !input.modules.some((m) => m.id === query.module)) {
    throw new Invalid(`module: module ${query.module} is not on pathway ${loaded.pathway.slug}`, { field: 'module' })
  }
  const frameworks = new Set(query.frameworkId === undefined ? input.frameworkIds : [query.frameworkId])
  const modules = input.modules
    .filter((m) => (!query.level?.length || query.level.includes(m.level)) && (query.module === undefined || m.id === query.module))
    .map(({ id, code, title, level, kind, stage }) => ({ id, code, title, level, kind, stage }))
  const levelOf = new Map(modules.map((m) => [m.id, m.level]))
  const competencies = rowsOf(loaded, frameworks, query.area)
  const parentOf = new Map(competencies.map((c) => [c.id, c.parentId]))
  const parents = new Set(competencies.map((c) => c.parentId))
  const rows = new Map<number, MatrixRow>()
  const moduleSets = new Map<number, Set<number>>()
  for (const c of competencies) {
    rows.set(c.id, {
      id: c.id,
      frameworkId: c.frameworkId,
      code: c.code,
      statement: c.statement,
      kind: c.kind,
      indent: indent.get(c.id) ?? 0,
      leaf: !parents.has(c.id),
      cells: {},
      coverage: { highest: null, modules: 0, leaves: 0, covered: 0, mastered: 0 },
    })
    moduleSets.set(c.id, new Set())
  }
  // The competency and its ancestors among the rows; the cap only guards against a corrupt parent cycle.
  const chain = function* (id: number) {
    for (let at: number | null | undefined = id, n = 0; at != null && rows.has(at) && n < 100; at = parentOf.get(at), n++) yield at
  }

  const perLevel = new Map<Level, { covered: Set<number>; mastered: Set<number> }>()
  for (const a of alignmentRows(input.alignments)) {
    const row = rows.get(a.competencyId)
    const level = levelOf.get(a.moduleId)
    if (!row || !level) continue
    const cell = row.cells[a.moduleId]
    if (!cell || rank(a.depth) > rank(cell)) row.cells[a.moduleId] = a.depth
    for (const id of chain(a.competencyId)) {
      const coverage = rows.get(id)!.coverage
      if (!coverage.highest || rank(a.depth) > rank(coverage.highest)) coverage.highest = a.depth
      moduleSets.get(id)!.add(a.moduleId)
    }
    if (!row.leaf) continue
    const reached = perLevel.get(level) ?? { covered: new Set(), mastered: new Set() }
    perLevel.set(level, reached)
    reached.covered.add(row.id)
    if (a.depth === 'M') reached.mastered.add(row.id)
  }

  for (const row of rows.values()) {
    row.coverage.modules = moduleSets.get(row.id)!.size
    if (!row.leaf) continue
    for (const id of chain(row.id)) {
      const coverage = rows.get(id)!.coverage
      coverage.leaves++
      if (row.coverage.highest) coverage.covered++
      if (row.coverage.highest === 'M') coverage.mastered++
    }
  }
  const leaves = [...rows.values()].filter((r) => r.leaf).length
  const levels = LEVELS.filter((level) => modules.some((m) => m.level === level)).map((level) => ({
    level,
    modules: modules.filter((m) => m.level === level).length,
    leaves,
    covered: perLevel.get(level)?.covered.size ?? 0,
    mastered: perLevel.get(level)?.mastered.size ?? 0,
  }))
  const { pathway } = loaded
  return { pathway, frameworks: loaded.frameworks, modules, rows: [...rows.values()], levels, generatedAt: new Date().toISOString() }
}
