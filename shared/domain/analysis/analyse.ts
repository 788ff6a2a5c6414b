// Runs every rule of DESIGN §3 over one pathway and returns its findings, most severe first.
//
// Severities, and why:
// | kind                      | severity                                   | why                                                     |
// | ------------------------- | ------------------------------------------ | ------------------------------------------------------- |
// | uncovered                 | critical if employers rated it essential,  | an essential skill nobody teaches is the worst gap;     |
// |                           | else warning                               | other gaps may be deliberate                            |
// | never_mastered            | warning                                    | taught, but graduates never reach proficiency           |
// | out_of_order              | critical for a prerequisite on a later     | the ladder as drawn cannot be climbed;                  |
// |                           | stage, warning for mastery before intro    | a sequencing flaw students can still get through        |
// | duplicated_across_levels  | warning                                    | students pay twice in time and money                    |
// | near_duplicate_outcomes   | info                                       | a text heuristic: a person must read the two outcomes   |
// | bridge_gap                | warning                                    | adults below the level have no on-ramp to that rung     |
// | no_credential             | warning                                    | a student who stops there leaves with nothing           |
// | dead_end_credential       | warning                                    | a credential that leads nowhere on the ladder           |
// | not_needed_but_taught     | info                                       | survey opinion, a prompt to reconsider                  |
// | no_adult_entry            | critical                                   | the pathway fails its purpose of serving adults         |
import { buildIndex, type AnalysisIndex } from './build-index'
import { bridgeGap, noAdultEntry } from './rules/bridges'
import { neverMastered, uncovered } from './rules/coverage'
import { deadEndCredential, noCredential } from './rules/credentials'
import { duplicatedAcrossLevels } from './rules/duplication'
import { notNeededButTaught } from './rules/employers'
import { nearDuplicateOutcomes } from './rules/near-duplicates'
import { outOfOrder } from './rules/sequence'
import type { SimilarityOptions } from './similarity/find-similar'
import { FINDING_KINDS, SEVERITIES, type AnalysisInput, type AnalysisResult, type Finding, type FindingCounts } from './types'

export type AnalysisOptions = {
  // Tuning of near_duplicate_outcomes; defaults in DEFAULT_SIMILARITY (Jaccard >= 0.7 on word pairs).
  similarity?: Partial<SimilarityOptions>
}

type Rule = (index: AnalysisIndex, options: AnalysisOptions) => Finding[]

const RULES: readonly Rule[] = [
  uncovered,
  neverMastered,
  outOfOrder,
  duplicatedAcrossLevels,
  (index, options) => nearDuplicateOutcomes(index, options.similarity ?? {}),
  bridgeGap,
  noCredential,
  deadEndCredential,
  notNeededButTaught,
  noAdultEntry,
]

const severityOrder = new Map(SEVERITIES.map((s, i) => [s, i]))
const kindOrder = new Map(FINDING_KINDS.map((k, i) => [k, i]))

// Analyses one pathway: every §3 rule over one shared index, findings sorted by severity, then kind; within a
// kind they keep the order the rule found them in (the input's order), as the sort is stable.
export function analysePathway(input: AnalysisInput, options: AnalysisOptions = {}): AnalysisResult {
  const index = buildIndex(input)
  const findings = RULES.flatMap((rule) => rule(index, options))
  findings.sort(
    (a, b) => severityOrder.get(a.severity)! - severityOrder.get(b.severity)! || kindOrder.get(a.kind)! - kindOrder.get(b.kind)!,
  )
  return { findings, counts: countFindings(findings) }
}

// Every kind and severity is present (zero when none), so a summary table never has holes.
function countFindings(findings: readonly Finding[]): FindingCounts {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts['byKind']
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as FindingCounts['bySeverity']
  for (const f of findings) {
    byKind[f.kind]++
    bySeverity[f.severity]++
  }
  return { byKind, bySeverity }
}
