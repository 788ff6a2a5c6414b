// One module's (or credential's) outcome table as a reader outside the data's organisation may see it: its
// rows per term and subgroup plus the all-terms totals, every count under the threshold hidden, the cells
// that would give a hidden one away hidden too, and every rate or median that rests on a hidden count hidden.
import type { AdditiveGroup } from './disclosure'
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

const RATES = Object.entries(OUTCOME_RATES) as Array<[OutcomeRate, readonly [OutcomeCount, OutcomeCount]]>

// The table with the all-terms totals and, with `threshold` 0 (the data's own organisation), nothing hidden.
// Each count is its own system of equations (no group mixes counts), so each is suppressed on its own, its
// cells named by their row's index in the table: a statewide pathway publishes millions of cells.
export function publishOutcomeTable(rows: readonly OutcomeRow[], threshold: number): PublishedOutcomeRow[] {
  const table = [...rows, ...allTermsRows(rows)]
  // Per row, one bit per count (in OUTCOME_COUNTS order) that is hidden.
  const hidden = new Uint8Array(table.length)
  if (threshold > 0) {
    let groups: AdditiveGroup<number>[] | undefined
    OUTCOME_COUNTS.forEach((count, bit) => {
      const values = new Map<number, number>()
      let small = false
      for (let index = 0; index < table.length; index++) {
        const value = table[index]![count]
        if (value === null) continue
        values.set(index, value)
        if (value < threshold) small = true
      }
      // Nothing under the threshold: nothing to hide, and nothing to hide it with.
      if (!small) return
      groups ??= additiveGroups(table)
      for (const index of suppressedCells(values, groups, threshold)) hidden[index]! |= 1 << bit
    })
  }
  return sortByTermThenSubgroup(table, table.map((row, index) => publishRow(row, hidden[index]!)))
}

const BIT = Object.fromEntries(OUTCOME_COUNTS.map((count, bit) => [count, 1 << bit])) as Record<OutcomeCount, number>

function publishRow(row: OutcomeRow, hiddenBits: number): PublishedOutcomeRow {
  const isHidden = (count: OutcomeCount) => (hiddenBits & BIT[count]) !== 0
  const suppressed: PublishedFigure[] = hiddenBits === 0 ? [] : OUTCOME_COUNTS.filter(isHidden)
  const published = { term: row.term, subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue, suppressed } as PublishedOutcomeRow
  for (const count of OUTCOME_COUNTS) published[count] = isHidden(count) ? null : row[count]
  for (const [rate, [numerator, denominator]] of RATES) {
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

const subgroupKey = (row: OutcomeRowKey) => `${row.subgroupDimension}\u0000${row.subgroupValue}`

// Sums over the terms of each subgroup row; a median cannot be summed, so the totals carry none.
function allTermsRows(rows: readonly OutcomeRow[]): OutcomeRow[] {
  const terms = new Set(rows.map((row) => row.term))
  if (terms.size < 2) return []
  const totals = new Map<string, OutcomeRow>()
  for (const row of rows) {
    const key = subgroupKey(row)
    let total = totals.get(key)
    if (!total) {
      const zero = { enrolled: 0, completed: 0, credentialEarned: 0, continued: 0, employedQ2: 0, medianEarningsQ2: null }
      totals.set(key, (total = { term: ALL_TERMS, subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue, ...zero }))
    }
    // A count some term does not know is not known for all terms either.
    for (const count of OUTCOME_COUNTS) {
      const [sum, more] = [total[count], row[count]]
      ;(total as Record<OutcomeCount, number | null>)[count] = sum === null || more === null ? null : sum + more
    }
  }
  return [...totals.values()]
}

// The same for every count, by row index: each term's subgroup values add up to its all-learners row, and each
// subgroup's terms add up to its all-terms row. A total the table lacks is -1 (a group without it is left out).
function additiveGroups(table: readonly OutcomeRow[]): AdditiveGroup<number>[] {
  const index = new Map(table.map((row, i) => [`${row.term}\u0000${subgroupKey(row)}`, i]))
  const byTerm = new Map<string, number[]>()
  const bySubgroup = new Map<string, number[]>()
  table.forEach((row, i) => {
    if (row.subgroupDimension !== '') push(byTerm, `${row.term}\u0000${row.subgroupDimension}`, i)
    if (row.term !== ALL_TERMS) push(bySubgroup, subgroupKey(row), i)
  })
  const totalOf = (term: string, subgroup: string) => index.get(`${term}\u0000${subgroup}`) ?? -1
  return [
    ...[...byTerm.values()].map((parts) => ({ total: totalOf(table[parts[0]!]!.term, '\u0000'), parts })),
    ...[...bySubgroup.values()].map((parts) => ({ total: totalOf(ALL_TERMS, subgroupKey(table[parts[0]!]!)), parts })),
  ]
}

function push<T>(groups: Map<string, T[]>, key: string, item: T) {
  const group = groups.get(key)
  if (group) group.push(item)
  else groups.set(key, [item])
}

// Each term's place in time and each subgroup's place in the alphabet worked out once, not in every comparison;
// `published` is `table` published, row for row.
function sortByTermThenSubgroup(table: readonly OutcomeRow[], published: PublishedOutcomeRow[]): PublishedOutcomeRow[] {
  const orders = new Map<string, number>()
  const order = (term: string) => {
    let known = orders.get(term)
    if (known === undefined) orders.set(term, (known = term === ALL_TERMS ? Number.POSITIVE_INFINITY : termOrder(term)))
    return known
  }
  const bySubgroup = (a: OutcomeRowKey, b: OutcomeRowKey) => a.subgroupDimension.localeCompare(b.subgroupDimension) || a.subgroupValue.localeCompare(b.subgroupValue)
  const subgroups = new Map<string, OutcomeRowKey>()
  for (const row of table) if (!subgroups.has(subgroupKey(row))) subgroups.set(subgroupKey(row), row)
  // Subgroups that compare equal share a place, as they would in a comparison of their own.
  const places = new Map<string, number>()
  let previous: OutcomeRowKey | undefined
  for (const row of [...subgroups.values()].sort(bySubgroup)) {
    places.set(subgroupKey(row), previous && bySubgroup(previous, row) === 0 ? places.get(subgroupKey(previous))! : places.size)
    previous = row
  }
  const terms = table.map((row) => order(row.term))
  const place = table.map((row) => places.get(subgroupKey(row))!)
  const indices = table.map((_, index) => index)
  indices.sort((a, b) => terms[a]! - terms[b]! || place[a]! - place[b]!)
  return indices.map((index) => published[index]!)
}
