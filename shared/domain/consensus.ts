// Employer ratings of a competency and the consensus they reach (DESIGN §1, employer validation). Pure, so the
// results page, the XLSX export and the close of a campaign all count alike.
import type { EmployerRating, ValidationResult } from './analysis/types'

export const RATINGS = ['essential', 'important', 'not_needed', 'dont_know'] as const
export type Rating = (typeof RATINGS)[number]
export const RATING_LABELS: Record<Rating, string> = {
  essential: 'Essential',
  important: 'Important',
  not_needed: 'Not needed',
  dont_know: "Don't know",
}

// How often the job calls for it, when the employer says.
export const FREQUENCIES = ['daily', 'weekly', 'monthly', 'rarely'] as const
export type Frequency = (typeof FREQUENCIES)[number]
export const FREQUENCY_LABELS: Record<Frequency, string> = { daily: 'Daily', weekly: 'Weekly', monthly: 'Monthly', rarely: 'Rarely' }

// The one place the consensus thresholds live. Respondents are the employers who gave a rating other than
// "don't know". A competency is validated as essential when at least `essential` of them rated it essential or
// important (two thirds, the usual DACUM bar), and as not needed when more than `notNeeded` of them rated it not
// needed (a plain majority); otherwise there is no consensus. Below the campaign's minimum number of respondents
// there are too few answers to call anything.
export const CONSENSUS_THRESHOLDS = { essential: 2 / 3, notNeeded: 1 / 2 } as const
export type ConsensusThresholds = { essential: number; notNeeded: number }

// A campaign's minimum number of respondents unless it sets another (one or two opinions are not a consensus).
export const DEFAULT_MIN_RESPONDENTS = 3
export const MAX_MIN_RESPONDENTS = 100

export type Distribution = Record<Rating, number>

// A distribution with every rating at zero.
export const emptyDistribution = (): Distribution => ({ essential: 0, important: 0, not_needed: 0, dont_know: 0 })

// What a campaign's results show of one competency: the consensus ('too_few' below the minimum), the respondents,
// how many of them agree with the leading side (essential or important, against not needed) and that share.
export type Consensus = {
  result: ValidationResult | 'too_few'
  respondents: number
  agreeing: number
  agreement: number
  minRespondents: number
}

// The consensus of one competency's ratings and the evidence it rests on.
export function consensusOf(
  counts: Distribution,
  minRespondents: number = DEFAULT_MIN_RESPONDENTS,
  thresholds: ConsensusThresholds = CONSENSUS_THRESHOLDS,
): Consensus {
  const respondents = counts.essential + counts.important + counts.not_needed
  const needed = counts.essential + counts.important
  const agreeing = Math.max(needed, counts.not_needed)
  const evidence = { respondents, agreeing, agreement: respondents ? agreeing / respondents : 0, minRespondents }
  if (respondents === 0 || respondents < minRespondents) return { result: 'too_few', ...evidence }
  // A hair of tolerance, so that a share equal to a threshold written as a fraction (2 / 3) counts as equal.
  const EPSILON = 1e-9
  if (needed / respondents >= thresholds.essential - EPSILON) return { result: 'essential', ...evidence, agreeing: needed, agreement: needed / respondents }
  if (counts.not_needed / respondents > thresholds.notNeeded + EPSILON) {
    return { result: 'not_needed', ...evidence, agreeing: counts.not_needed, agreement: counts.not_needed / respondents }
  }
  return { result: 'no_consensus', ...evidence }
}

// The consensus as the gap analysis records it: too few answers feed no finding, like no consensus.
export function recordedConsensus(consensus: Consensus): EmployerRating & { agreeing: number } {
  const { result, respondents, agreeing } = consensus
  return { result: result === 'too_few' ? 'no_consensus' : result, respondents, agreeing }
}

// "not enough responses (1 of 3)", "Essential", … : a consensus in words.
export function consensusLabel(consensus: Consensus): string {
  if (consensus.result === 'too_few') return `not enough responses (${consensus.respondents} of ${consensus.minRespondents})`
  return CONSENSUS_LABELS[consensus.result]
}

export const CONSENSUS_LABELS: Record<ValidationResult, string> = {
  essential: 'Essential',
  important: 'Important',
  not_needed: 'Not needed',
  no_consensus: 'No consensus',
}
