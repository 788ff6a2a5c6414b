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

// Continuation and employment come from other systems (the next term's enrolments, wage records) and may not be
// known yet: null, never 0.
export const OPTIONAL_COUNTS = ['continued', 'employedQ2'] as const satisfies readonly OutcomeCount[]
export type OutcomeCounts = Record<Exclude<OutcomeCount, (typeof OPTIONAL_COUNTS)[number]>, number> &
  Record<(typeof OPTIONAL_COUNTS)[number], number | null> & { medianEarningsQ2: number | null }

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
  const exceeds = ([part, whole]: [OutcomeCount, OutcomeCount]) => row[part] !== null && row[whole] !== null && row[part] > row[whole]
  const problems: ConsistencyProblem[] = BOUNDS.filter(exceeds).map(([part, whole]) => ({
    field: part,
    message: `${OUTCOME_COUNT_LABELS[part]} (${row[part]}) is more than ${OUTCOME_COUNT_LABELS[whole].toLowerCase()} (${row[whole]}): check both counts`,
  }))
  if (row.medianEarningsQ2 !== null && !row.employedQ2) {
    problems.push({ field: 'medianEarningsQ2', message: 'Median earnings are given but nobody is counted as employed: leave them empty or give the employed count' })
  }
  return problems
}
