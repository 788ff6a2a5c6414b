// The plain-data picture of one pathway that the analysis reads, and the findings it returns (DESIGN §3).
// Ids are numbers; nothing here knows about the database, so the server's loader and the tests build it alike.
import type { OutcomeRow } from '../outcomes/table'
import type { CompetencyKind, Depth, FrameworkKind, Level, ModuleKind } from '../vocabulary'

export type AnalysisCompetency = {
  id: number
  frameworkId: number
  frameworkKind: FrameworkKind
  parentId: number | null
  code: string
  statement: string
  kind: CompetencyKind
  // Basic-skill level (CCRS A-E) or any framework's own level label.
  level: string | null
}

// A competency link of relation 'requires': `fromId` needs the basic skill `toId`, at least at `minLevel`.
export type AnalysisRequirement = { fromId: number; toId: number; minLevel: string | null }

// A competency link of relation 'equivalent' (read both ways): an alignment to either item covers the other.
export type AnalysisEquivalence = { fromId: number; toId: number }

export type AnalysisModule = {
  id: number
  code: string
  title: string
  level: Level
  kind: ModuleKind
  // Its place on the pathway's ladder (pathway_modules.stage), 1 = bottom rung.
  stage: number
  isEntry: boolean
  isExit: boolean
  entryLevel: string | null
}

// `text` is the outcome's plain text (textOf its rich text).
export type AnalysisOutcome = { id: number; moduleId: number; text: string }

// What the rules read of an alignment (whether it belongs to an outcome, and whether it is assessed, no rule
// of DESIGN §3 asks; a statewide catalogue has half a million of these, so the input carries no more).
export type AnalysisAlignment = {
  moduleId: number
  competencyId: number
  depth: Depth
}

// Alignments as columns, row i in each: what the server's loader reads a catalogue into, as half a million
// rows need no object each. The analysis reads these and a list of rows alike (alignments.ts).
export type AlignmentColumns = {
  moduleId: Float64Array
  competencyId: Float64Array
  // Index into DEPTHS.
  depth: Uint8Array
}

export type AnalysisPrerequisite = { moduleId: number; prerequisiteId: number }

// `moduleIds` are the modules that lead to it; `stacksIntoIds` the credentials it stacks into.
export type AnalysisCredential = { id: number; title: string; stacksIntoIds: readonly number[]; moduleIds: readonly number[] }

// Exactly one of the two sources is set, as in the articulations table.
export type AnalysisArticulation = { fromModuleId: number | null; fromCredentialId: number | null; toModuleId: number }

// The consensus of an employer validation, recorded when a campaign closes (shared/domain/consensus.ts decides
// it: 'essential', 'not_needed' when most respondents said so, else 'no_consensus'; 'important' is accepted for
// results recorded by other means).
export type ValidationResult = 'essential' | 'important' | 'not_needed' | 'no_consensus'
// `agreeing`: how many respondents rated it so (essential or important for 'essential'); null for results
// recorded before it was counted.
export type EmployerRating = { result: ValidationResult; respondents: number; agreeing?: number | null }

// A job named at an exit point of the pathway, with the figures the road map shows for it: the median hourly
// wage that applies (the owner's local figure when it has one, else the national one; null when not published)
// and the projected change in employment (percent over the projection period; null when not published).
export type AnalysisExitOccupation = {
  moduleId: number
  socCode: string
  title: string
  hourlyMedian: number | null
  wageSource: string | null
  changePercent: number | null
  projectionPeriod: string | null
}

// A module's aggregate learner outcomes as stored (every term and subgroup); the rules publish them through
// small-cell suppression before reading a figure (rules/outcomes-tables.ts).
export type AnalysisOutcomeCounts = { moduleId: number; rows: readonly OutcomeRow[] }
// A credential's, alike (its learners attempted and earned it).
export type AnalysisCredentialOutcomeCounts = { credentialId: number; rows: readonly OutcomeRow[] }

// CCRS levels, lowest first. States order their own levels differently, so the ordering is data.
export const DEFAULT_BASIC_SKILL_LEVELS: readonly string[] = ['A', 'B', 'C', 'D', 'E']

// Alignments as the analysis takes them: rows, or columns.
export type AnyAlignments = readonly AnalysisAlignment[] | AlignmentColumns

// The input with alignments as rows (the default: what tests and fixtures build) or as columns (`A`).
export type AnalysisInput<A extends AnyAlignments = readonly AnalysisAlignment[]> = {
  // The frameworks the pathway is held against. `competencies` holds all of their items, plus the basic
  // skills their requirements point to (with those skills' children, so a bridge's reach through a
  // level-specific child is seen); only items of `frameworkIds` are checked for coverage.
  frameworkIds: readonly number[]
  competencies: readonly AnalysisCompetency[]
  requirements: readonly AnalysisRequirement[]
  // Equivalent items of the pathway's frameworks (absent: none). Only pairs of two different frameworks of
  // the pathway count (uncovered and never_mastered).
  equivalences?: readonly AnalysisEquivalence[]
  // The pathway's modules, each with its stage and entry/exit marks.
  modules: readonly AnalysisModule[]
  outcomes: readonly AnalysisOutcome[]
  alignments: A
  prerequisites: readonly AnalysisPrerequisite[]
  credentials: readonly AnalysisCredential[]
  articulations: readonly AnalysisArticulation[]
  // Employer ratings by competency id. Absent: the rules that use them stay silent, nothing is assumed.
  validation?: ReadonlyMap<number, EmployerRating> | Readonly<Record<number, EmployerRating>>
  basicSkillLevels?: readonly string[]
  // The jobs named at the pathway's exits and the hourly wage it calls family-sustaining (absent: the rules
  // about wages and demand stay silent).
  exitOccupations?: readonly AnalysisExitOccupation[]
  familyWage?: { hourly: number; source: string | null } | null
  // Learner outcome counts of the pathway's modules (absent or empty: the outcome rules stay silent).
  outcomeCounts?: readonly AnalysisOutcomeCounts[]
  // Learner outcome counts of the credentials the pathway's modules lead to (absent or empty: none judged).
  credentialOutcomeCounts?: readonly AnalysisCredentialOutcomeCounts[]
}

// In the order of DESIGN §3's table, which is also the order findings of one severity are listed in.
export const FINDING_KINDS = [
  'uncovered',
  'never_mastered',
  'out_of_order',
  'duplicated_across_levels',
  'near_duplicate_outcomes',
  'bridge_gap',
  'no_credential',
  'dead_end_credential',
  'not_needed_but_taught',
  'no_adult_entry',
  'below_family_wage',
  'no_demand',
  'leaky_transition',
  'low_completion',
  'equity_gap',
] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export const SEVERITIES = ['critical', 'warning', 'info'] as const
export type Severity = (typeof SEVERITIES)[number]

// The rows a finding is about, so a page can link to them; `levels` are module levels or basic-skill levels.
export type FindingRefs = {
  moduleIds?: number[]
  competencyIds?: number[]
  outcomeIds?: number[]
  credentialIds?: number[]
  levels?: string[]
  stages?: number[]
  // SOC codes of the jobs a finding is about.
  occupations?: string[]
}

// What a rule finds: the finding before analysePathway adds its next step, row names and fingerprints.
export type RuleFinding = {
  // Readable identity: the kind plus the ids of the rows the finding is about (its subject), e.g.
  // `duplicated_across_levels:c12`; the fingerprint is its hash.
  key: string
  kind: FindingKind
  severity: Severity
  // One plain sentence a dean could act on, naming codes and titles.
  message: string
  refs: FindingRefs
}

// The rows a finding involves by code and title (what people read), beside the ids of `refs`. Each list is
// present when `refs` has the ids it names, in the same order.
export type FindingRows = {
  modules?: { id: number; code: string; title: string; level: string; stage: number }[]
  competencies?: { id: number; code: string; title: string; frameworkId: number }[]
  outcomes?: { id: number; moduleId: number; text: string }[]
  credentials?: { id: number; title: string }[]
  occupations?: { socCode: string; title: string; hourlyMedian: number | null; wageSource: string | null; changePercent: number | null }[]
}

export type Finding = RuleFinding & {
  // What to do about it, in plain words naming the rows (DESIGN §3's "next step offered").
  nextStep: string
  rows: FindingRows
  // A stable hash of the kind and the ids of the rows the finding is about: decisions are stored against it.
  fingerprint: string
  // A hash of the facts that produced the finding (modules, depths, levels, stages, severity): a decision
  // taken on other facts lapses.
  factsHash: string
}

export type FindingCounts = { byKind: Record<FindingKind, number>; bySeverity: Record<Severity, number> }
export type AnalysisResult = { findings: Finding[]; counts: FindingCounts }
