// One module's (or credential's) outcome table as a reader outside the data's organisation may see it: its
// rows per term and subgroup plus the all-terms totals, every count under the threshold hidden, the cells
// that would give a hidden one away hidden too, and every rate or median that rests on a hidden count hidden.
import type { AdditiveGroup, CellKey } from './disclosure'
import { OUTCOME_COUNTS, OUTCOME_RATES, type OutcomeCount, type OutcomeCounts, type OutcomeRate } from './measures'
import { suppressedCells } from './suppression'
import { termOrder } from './terms'

// The all-learners row of a term has no subgroup: dimension and value are both empty.
export type OutcomeRowKey = { term: string; subgroupDimension: string; subgroupValue: string }
export type OutcomeRow = OutcomeRowKey & OutcomeCounts

// The term of the totals over every term of the table.
export const ALL_TERMS = 'all'

export type PublishedFigure = OutcomeCount | OutcomeRate | 'medianEarningsQ2'

// A figure is null either because it is hidden (then it is listed in `suppressed`) or because there is none.
export type PublishedOutcomeRow = OutcomeRowKey & Record<PublishedFigure, number | null> & { suppressed: PublishedFigure[] }

const keyOf = (count: OutcomeCount, row: OutcomeRowKey): CellKey => JSON.stringify([count, row.term, row.subgroupDimension, row.subgroupValue])

// The table with the all-terms totals and, with `threshold` 0 (the data's own organisation), nothing hidden.
export function publishOutcomeTable(rows: readonly OutcomeRow[], threshold: number): PublishedOutcomeRow[] {
  const table = [...rows, ...allTermsRows(rows)]
  const values = new Map<CellKey, number>()
  for (const row of table) for (const count of OUTCOME_COUNTS) if (row[count] !== null) values.set(keyOf(count, row), row[count])
  const hidden = threshold > 0 ? suppressedCells(values, additiveGroups(table), threshold) : new Set<CellKey>()
  return table.map((row) => publishRow(row, (count) => hidden.has(keyOf(count, row)))).sort(byTermThenSubgroup)
}

function publishRow(row: OutcomeRow, isHidden: (count: OutcomeCount) => boolean): PublishedOutcomeRow {
  const suppressed: PublishedFigure[] = OUTCOME_COUNTS.filter(isHidden)
  const published = { term: row.term, subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue, suppressed } as PublishedOutcomeRow
  for (const count of OUTCOME_COUNTS) published[count] = isHidden(count) ? null : row[count]
  for (const [rate, [numerator, denominator]] of Object.entries(OUTCOME_RATES) as Array<[OutcomeRate, readonly [OutcomeCount, OutcomeCount]]>) {
    const rests = isHidden(numerator) || isHidden(denominator)
    if (rests) suppressed.push(rate)
    const [part, whole] = [row[numerator], row[denominator]]
    published[rate] = rests || part === null || !whole ? null : part / whole
  }
  const earningsHidden = row.medianEarningsQ2 !== null && isHidden('employedQ2')
  if (earningsHidden) suppressed.push('medianEarningsQ2')
  published.medianEarningsQ2 = earningsHidden ? null : row.medianEarningsQ2
  return published
}

// Sums over the terms of each subgroup row; a median cannot be summed, so the totals carry none.
function allTermsRows(rows: readonly OutcomeRow[]): OutcomeRow[] {
  const terms = new Set(rows.map((row) => row.term))
  if (terms.size < 2) return []
  const totals = new Map<string, OutcomeRow>()
  for (const row of rows) {
    const key = JSON.stringify([row.subgroupDimension, row.subgroupValue])
    const total: Record<OutcomeCount, number | null> = totals.get(key) ?? { enrolled: 0, completed: 0, credentialEarned: 0, continued: 0, employedQ2: 0 }
    // A count some term does not know is not known for all terms either.
    for (const count of OUTCOME_COUNTS) {
      const [sum, more] = [total[count], row[count]]
      total[count] = sum === null || more === null ? null : sum + more
    }
    totals.set(key, { ...row, ...total, term: ALL_TERMS, medianEarningsQ2: null } as OutcomeRow)
  }
  return [...totals.values()]
}

// Per count: each term's subgroup values add up to its all-learners row, and each subgroup's terms add up to
// its all-terms row.
function additiveGroups(table: readonly OutcomeRow[]): AdditiveGroup[] {
  const byTerm = groupBy(table.filter((row) => row.subgroupDimension !== ''), (row) => JSON.stringify([row.term, row.subgroupDimension]))
  const bySubgroup = groupBy(table.filter((row) => row.term !== ALL_TERMS), (row) => JSON.stringify([row.subgroupDimension, row.subgroupValue]))
  return OUTCOME_COUNTS.flatMap((count) => [
    ...[...byTerm.values()].map((parts) => ({
      total: keyOf(count, { term: parts[0]!.term, subgroupDimension: '', subgroupValue: '' }),
      parts: parts.map((row) => keyOf(count, row)),
    })),
    ...[...bySubgroup.values()].map((parts) => ({
      total: keyOf(count, { ...parts[0]!, term: ALL_TERMS }),
      parts: parts.map((row) => keyOf(count, row)),
    })),
  ])
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item])
  return groups
}

function byTermThenSubgroup(a: OutcomeRowKey, b: OutcomeRowKey): number {
  const order = (term: string) => (term === ALL_TERMS ? Number.POSITIVE_INFINITY : termOrder(term))
  return order(a.term) - order(b.term) || a.subgroupDimension.localeCompare(b.subgroupDimension) || a.subgroupValue.localeCompare(b.subgroupValue)
}
