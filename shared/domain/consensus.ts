// Employer ratings of a competency and the consensus they reach (DESIGN §1, employer validation). Pure, so the
// results page, the XLSX export and the close of a campaign all count alike.
import type { EmployerRating } from './analysis/types'

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
// needed (a plain majority); otherwise, and with no respondents at all, there is no consensus.
export const CONSENSUS_THRESHOLDS = { essential: 2 / 3, notNeeded: 1 / 2 } as const
export type ConsensusThresholds = { essential: number; notNeeded: number }

export type Distribution = Record<Rating, number>

// A distribution with every rating at zero.
export const emptyDistribution = (): Distribution => ({ essential: 0, important: 0, not_needed: 0, dont_know: 0 })

// The consensus of one competency's ratings and the number of respondents it rests on.
export function consensusOf(counts: Distribution, thresholds: ConsensusThresholds = CONSENSUS_THRESHOLDS): EmployerRating {
  const respondents = counts.essential + counts.important + counts.not_needed
  if (respondents === 0) return { result: 'no_consensus', respondents }
  // A hair of tolerance, so that a share equal to a threshold written as a fraction (2 / 3) counts as equal.
  const EPSILON = 1e-9
  if ((counts.essential + counts.important) / respondents >= thresholds.essential - EPSILON) return { result: 'essential', respondents }
  if (counts.not_needed / respondents > thresholds.notNeeded + EPSILON) return { result: 'not_needed', respondents }
  return { result: 'no_consensus', respondents }
}
