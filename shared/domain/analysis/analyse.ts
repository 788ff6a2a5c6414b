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
// | below_family_wage         | info                                       | wages are the region's to judge; a prompt to add a rung |
// | no_demand                 | info                                       | projections are national estimates, a prompt to ask     |
// | leaky_transition          | warning                                    | learners who finish a rung do not climb to the next     |
// | low_completion            | warning                                    | most learners who start the module do not finish it     |
// | equity_gap                | warning                                    | one group of learners is left behind the others         |
import { countFindings } from './counts'
import { buildIndex, type AnalysisIndex } from './build-index'
import { bridgeGap, noAdultEntry } from './rules/bridges'
import { neverMastered, uncovered } from './rules/coverage'
import { deadEndCredential, noCredential } from './rules/credentials'
import { duplicatedAcrossLevels } from './rules/duplication'
import { notNeededButTaught } from './rules/employers'
import { nearDuplicateOutcomes } from './rules/near-duplicates'
import { belowFamilyWage, noDemand } from './rules/labor'
import { outOfOrder } from './rules/sequence'
import { equityGap } from './rules/outcomes-equity'
import { leakyTransition, lowCompletion } from './rules/outcomes-flow'
import type { OutcomeFindingSettings } from './rules/outcomes-tables'
import type { SimilarityOptions } from './similarity/find-similar'
import { factsHashOf, fingerprintOf } from './fingerprint'
import { nextStepOf } from './next-step'
import { rowLookups, rowsOf } from './rows'
import {
  FINDING_KINDS,
  SEVERITIES,
  type AnalysisInput,
  type AnyAlignments,
  type AnalysisResult,
  type Finding,
  type FindingKind,
  type RuleFinding,
} from './types'

export type AnalysisOptions = {
  // Tuning of near_duplicate_outcomes; defaults in DEFAULT_SIMILARITY (Jaccard >= 0.7 on word pairs).
  similarity?: Partial<SimilarityOptions>
  // Only the rules that find these kinds run (every rule when absent), so that two threads can share the
  // work of one analysis (server/services/analysis/run.ts) and combineResults put it back together.
  kinds?: readonly FindingKind[]
  // Thresholds of the outcome rules and the small-cell threshold their tables are published at; defaults in
  // DEFAULT_OUTCOME_FINDINGS.
  outcomes?: Partial<OutcomeFindingSettings>
}

type Rule = (index: AnalysisIndex, options: AnalysisOptions) => RuleFinding[]

// Each rule finds one kind.
const RULES: Readonly<Record<FindingKind, Rule>> = {
  uncovered,
  never_mastered: neverMastered,
  out_of_order: outOfOrder,
  duplicated_across_levels: duplicatedAcrossLevels,
  near_duplicate_outcomes: (index, options) => nearDuplicateOutcomes(index, options.similarity ?? {}),
  bridge_gap: bridgeGap,
  no_credential: noCredential,
  dead_end_credential: deadEndCredential,
  not_needed_but_taught: notNeededButTaught,
  no_adult_entry: noAdultEntry,
  below_family_wage: belowFamilyWage,
  no_demand: noDemand,
  leaky_transition: leakyTransition,
  low_completion: lowCompletion,
  equity_gap: equityGap,
}

// Completed findings per batch, when they are produced batch by batch (findingsInBatches).
const BATCH = 1000

// Every §3 rule (or those of options.kinds) over one shared index, a kind at a time, its findings completed
// (next step, rows, fingerprints) and given out in batches as they are completed, in the order the rule found
// them: a caller that writes each batch away (a stored analysis) never holds every finding of a statewide
// catalogue at once.
export function* findingsInBatches(input: AnalysisInput<AnyAlignments>, options: AnalysisOptions = {}): Generator<Finding[]> {
  const index = buildIndex(input)
  const lookups = rowLookups(index)
  // Property order is the wire's (server/services/analysis/wire-findings.ts), so findings read the same either way.
  const complete = (f: RuleFinding): Finding => ({
    ...f,
    nextStep: nextStepOf(f, index),
    rows: rowsOf(f, index, lookups),
    fingerprint: fingerprintOf(f),
    factsHash: factsHashOf(index, f),
  })
  for (const kind of options.kinds ?? FINDING_KINDS) {
    const found = RULES[kind](index, options)
    for (let at = 0; at < found.length; at += BATCH) yield found.slice(at, at + BATCH).map(complete)
  }
}

// Analyses one pathway: every §3 rule (or those of options.kinds) over one shared index, findings sorted by
// severity, then kind; within a kind they keep the order the rules found them in (the input's order).
export function analysePathway(input: AnalysisInput<AnyAlignments>, options: AnalysisOptions = {}): AnalysisResult {
  const findings = inReadingOrder([...findingsInBatches(input, options)])
  return { findings, counts: countFindings(findings) }
}

// One result from the results of analyses of the same input by disjoint kinds: what analysePathway gives
// when it runs all of those kinds at once.
export function combineResults(results: readonly AnalysisResult[]): AnalysisResult {
  const findings = inReadingOrder(results.map((r) => r.findings))
  return { findings, counts: countFindings(findings) }
}

// A finding's group in reading order: by severity, then kind.
export const readingGroupOf = (f: Pick<Finding, 'severity' | 'kind'>): number =>
  SEVERITIES.indexOf(f.severity) * FINDING_KINDS.length + FINDING_KINDS.indexOf(f.kind)

// The rules' findings by severity, then kind, each group in the order found: a stable sort done as one pass
// into a bucket per severity and kind (a statewide catalogue has tens of thousands of findings).
function inReadingOrder(found: readonly Finding[][]): Finding[] {
  const buckets: Finding[][] = Array.from({ length: SEVERITIES.length * FINDING_KINDS.length }, () => [])
  for (const list of found) for (const f of list) buckets[readingGroupOf(f)]!.push(f)
  return buckets.flat()
}

