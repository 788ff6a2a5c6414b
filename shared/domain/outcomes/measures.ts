// The aggregate measures a partnership reports per module or credential, term and subgroup, and the rules
// that make a row consistent (DESIGN §2 outcome_counts). Never student records: counts and one median.

export const OUTCOME_COUNTS = ['enrolled', 'completed', 'credentialEarned', 'continued', 'employedQ2'] as const
export type OutcomeCount = (typeof OUTCOME_COUNTS)[number]

export const OUTCOME_COUNT_LABELS: Record<OutcomeCount, string> = {
  enrolled: 'Enrolled',
  completed: 'Completed',
  credentialEarned: 'Earned the credential',
  continued: 'Continued to the next stage',
  employedQ2: 'Employed in a target occupation (2nd quarter after exit)',
}

// Rates derived from the counts: numerator over denominator.
export const OUTCOME_RATES = {
  completionRate: ['completed', 'enrolled'],
  credentialRate: ['credentialEarned', 'enrolled'],
  continuationRate: ['continued', 'completed'],
  employmentRate: ['employedQ2', 'enrolled'],
} as const satisfies Record<string, readonly [OutcomeCount, OutcomeCount]>
export type OutcomeRate = keyof typeof OUTCOME_RATES

export type OutcomeCounts = Record<OutcomeCount, number> & { medianEarningsQ2: number | null }

export type ConsistencyProblem = { field: OutcomeCount | 'medianEarningsQ2'; message: string }

// Each count bounded by the one it is a share of; earnings only where someone was employed.
const BOUNDS: ReadonlyArray<[OutcomeCount, OutcomeCount]> = [
  ['completed', 'enrolled'],
  ['credentialEarned', 'completed'],
  ['continued', 'completed'],
  ['employedQ2', 'enrolled'],
]

// What is inconsistent in a row, with the field to point at and what to check.
export function consistencyProblems(row: OutcomeCounts): ConsistencyProblem[] {
  const problems: ConsistencyProblem[] = BOUNDS.filter(([part, whole]) => row[part] > row[whole]).map(([part, whole]) => ({
    field: part,
    message: `${OUTCOME_COUNT_LABELS[part]} (${row[part]}) is more than ${OUTCOME_COUNT_LABELS[whole].toLowerCase()} (${row[whole]}): check both counts`,
  }))
  if (row.medianEarningsQ2 !== null && row.employedQ2 === 0) {
    problems.push({ field: 'medianEarningsQ2', message: 'Median earnings are given but nobody was employed: leave them empty or give the employed count' })
  }
  return problems
}
