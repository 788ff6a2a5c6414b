// The lookups every rule needs, built once per analysis so that each rule is a linear pass over the input.
import { equivalentsOf } from './equivalents'
import { indexAlignments, type AlignedColumns } from './index-alignments'
import type {
  AnalysisCompetency,
  AnalysisCredential,
  AnalysisInput,
  AnyAlignments,
  AnalysisModule,
  AnalysisRequirement,
  EmployerRating,
} from './types'
import { DEFAULT_BASIC_SKILL_LEVELS } from './types'

export type AnalysisIndex = {
  input: AnalysisInput<AnyAlignments>
  modules: ReadonlyMap<number, AnalysisModule>
  competencies: ReadonlyMap<number, AnalysisCompetency>
  credentials: ReadonlyMap<number, AnalysisCredential>
  // Items of the pathway's frameworks with no children, in input order: what "competency" means in §3.
  leaves: readonly AnalysisCompetency[]
  // Only alignments of the pathway's own modules (a stray row of another module cannot cover anything): by
  // competency as columns (read them through alignedTo); by module, the competency of each alignment, in
  // input order.
  aligned: AlignedColumns
  competenciesByModule: ReadonlyMap<number, readonly number[]>
  requirementsByFrom: ReadonlyMap<number, readonly AnalysisRequirement[]>
  // Symmetric: each item's equivalents in the pathway's other frameworks (equivalents.ts).
  equivalents: ReadonlyMap<number, readonly number[]>
  credentialIdsByModule: ReadonlyMap<number, readonly number[]>
  // Symmetric: an articulation counts in either direction, and a credential's articulation counts for
  // every module of the pathway that leads to that credential.
  articulatedWith: ReadonlyMap<number, ReadonlySet<number>>
  // Marked entry modules, else the occupational modules of the lowest stage that has any.
  entryModules: readonly AnalysisModule[]
  // Where a learner can start: marked entry modules, else every module up to the first occupational stage
  // (so a bridge placed below the first occupational rung is an entry point).
  entryPoints: readonly AnalysisModule[]
  validation: ReadonlyMap<number, EmployerRating>
  // The basic-skill levels, lowest first, and each one's position in that order.
  basicSkillLevels: readonly string[]
  levelRank: ReadonlyMap<string, number>
}

// Hierarchies are shallow; the cap only stops a corrupt parent cycle from looping forever.
const MAX_DEPTH = 100

// Builds the shared lookups of one pathway's input in a single pass over each collection.
export function buildIndex(input: AnalysisInput<AnyAlignments>): AnalysisIndex {
  const modules = new Map(input.modules.map((m) => [m.id, m]))
  const competencies = new Map(input.competencies.map((c) => [c.id, c]))

  const hasChildren = new Set<number>()
  for (const c of input.competencies) if (c.parentId !== null) hasChildren.add(c.parentId)
  const frameworks = new Set(input.frameworkIds)
  const leaves = input.competencies.filter((c) => frameworks.has(c.frameworkId) && !hasChildren.has(c.id))

  const { byCompetency: aligned, byModule: competenciesByModule } = indexAlignments(input.alignments, modules)

  const requirementsByFrom = new Map<number, AnalysisRequirement[]>()
  for (const r of input.requirements) push(requirementsByFrom, r.fromId, r)

  const credentials = new Map(input.credentials.map((k) => [k.id, k]))
  const credentialIdsByModule = new Map<number, number[]>()
  for (const k of input.credentials) {
    for (const m of k.moduleIds) push(credentialIdsByModule, m, k.id)
  }

  const articulatedWith = new Map<number, Set<number>>()
  const link = (a: number, b: number) => {
    if (a === b || !modules.has(a) || !modules.has(b)) return
    addTo(articulatedWith, a, b)
    addTo(articulatedWith, b, a)
  }
  for (const art of input.articulations) {
    if (art.fromModuleId !== null) link(art.fromModuleId, art.toModuleId)
    else if (art.fromCredentialId !== null) {
      for (const m of credentials.get(art.fromCredentialId)?.moduleIds ?? []) link(m, art.toModuleId)
    }
  }

  const validation = new Map<number, EmployerRating>()
  if (input.validation instanceof Map) for (const [id, rating] of input.validation) validation.set(id, rating)
  else if (input.validation) for (const [id, rating] of Object.entries(input.validation)) validation.set(Number(id), rating)

  const basicSkillLevels = input.basicSkillLevels ?? DEFAULT_BASIC_SKILL_LEVELS
  const levelRank = new Map(basicSkillLevels.map((level, rank) => [level, rank]))

  return {
    input,
    modules,
    competencies,
    credentials,
    leaves,
    aligned,
    competenciesByModule,
    requirementsByFrom,
    equivalents: equivalentsOf(input.equivalences ?? [], competencies, frameworks),
    credentialIdsByModule,
    articulatedWith,
    ...entries(input.modules),
    validation,
    basicSkillLevels,
    levelRank,
  }
}

function entries(modules: readonly AnalysisModule[]) {
  const marked = modules.filter((m) => m.isEntry)
  if (marked.length > 0) return { entryModules: marked, entryPoints: marked }
  let firstOccupational = Infinity
  let lowest = Infinity
  for (const m of modules) {
    lowest = Math.min(lowest, m.stage)
    if (m.kind === 'occupational') firstOccupational = Math.min(firstOccupational, m.stage)
  }
  // A pathway of bridges only still has entry points: its lowest stage.
  const upTo = Number.isFinite(firstOccupational) ? firstOccupational : lowest
  return {
    entryModules: modules.filter((m) => m.kind === 'occupational' && m.stage === firstOccupational),
    entryPoints: modules.filter((m) => m.stage <= upTo),
  }
}

// True when an articulation (either way, or via a credential one of them leads to) joins the two modules.
export function areArticulated(index: AnalysisIndex, a: number, b: number): boolean {
  return index.articulatedWith.get(a)?.has(b) ?? false
}

// The competency and its ancestors, nearest first; an id missing from the input yields only itself.
export function ancestorsAndSelf(index: AnalysisIndex, id: number): number[] {
  const out = [id]
  for (let at = index.competencies.get(id)?.parentId ?? null; at !== null && out.length < MAX_DEPTH; ) {
    out.push(at)
    at = index.competencies.get(at)?.parentId ?? null
  }
  return out
}

// The distinct modules of `ids` in ladder order (stage, then code), the way the pathway reads.
export function modulesInOrder(index: AnalysisIndex, ids: Iterable<number>): AnalysisModule[] {
  const out: AnalysisModule[] = []
  for (const id of new Set(ids)) {
    const m = index.modules.get(id)
    if (m) out.push(m)
  }
  return out.sort(byLadder)
}

// Distinct modules in ladder order, as modulesInOrder gives them.
export function inLadderOrder(modules: AnalysisModule[]): AnalysisModule[] {
  return modules.sort(byLadder)
}

// Where the alignments to competency `id` sit in index.aligned: positions from .. to - 1, in input order
// (none: from === to).
export function alignedTo(index: AnalysisIndex, id: number): { from: number; to: number } {
  return index.aligned.range(id)
}

// The distinct modules at positions from .. to - 1 of index.aligned that `keep` accepts, in ladder order (as
// modulesInOrder gives them).
export function alignedModules(index: AnalysisIndex, range: { from: number; to: number }, keep: (at: number) => boolean = () => true): AnalysisModule[] {
  const out = new Set<AnalysisModule>()
  for (let at = range.from; at < range.to; at++) if (keep(at)) out.add(index.aligned.module(at))
  return [...out].sort(byLadder)
}

function byLadder(a: AnalysisModule, b: AnalysisModule): number {
  return a.stage - b.stage || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
}

// The rank of a basic-skill level in the configured ordering; -1 for none or a level outside it.
export function levelRankOf(index: AnalysisIndex, level: string | null): number {
  return level === null ? -1 : (index.levelRank.get(level) ?? -1)
}

// True when employers' consensus on the competency is `result` (never true without ratings).
export function ratedAs(index: AnalysisIndex, competencyId: number, result: EmployerRating['result']): boolean {
  const rating = index.validation.get(competencyId)
  return rating !== undefined && rating.respondents > 0 && rating.result === result
}

// Who rated it so, for a finding's message: "4 of the 5 employers who responded" (or, for results recorded
// before agreement was counted, "most of the 5 employers who responded").
export function ratedBy(rating: EmployerRating): string {
  const who = `the ${rating.respondents} ${rating.respondents === 1 ? 'employer who' : 'employers who'} responded`
  return rating.agreeing == null ? `most of ${who}` : `${rating.agreeing} of ${who}`
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

function addTo<K, V>(map: Map<K, Set<V>>, key: K, value: V) {
  const set = map.get(key)
  if (set) set.add(value)
  else map.set(key, new Set([value]))
}
