// Small-cell suppression of aggregate learner counts (issue 18: "fewer than 10" for anyone outside the data's
// own organisation). Primary suppression hides every count under the threshold; complementary suppression then
// hides further cells until no hidden cell can be worked out from the shown ones: no additive group is left
// with a single hidden cell, and no combination of groups fixes one (disclosure.ts, or the quicker proof of
// cycles.ts that none does).
import { cyclesHideEveryCell } from './cycles'
import { disclosedCells, type AdditiveGroup, type CellKey } from './disclosure'

export const DEFAULT_SUPPRESSION_THRESHOLD = 10

// The cells to hide. Complements are the smallest shown cell of the group that needs one, parts before the
// total, so that the least information is lost and totals stay visible where they can.
export function suppressedCells<K extends CellKey>(values: ReadonlyMap<K, number>, groups: readonly AdditiveGroup<K>[], threshold: number): Set<K> {
  const hidden = new Set<K>()
  for (const [key, value] of values) if (value < threshold) hidden.add(key)
  const present: AdditiveGroup<K>[] = []
  for (const group of groups) {
    const parts = values.has(group.total) ? group.parts.filter((part) => values.has(part)) : []
    if (parts.length > 0) present.push({ total: group.total, parts })
  }
  // How many cells of each group are hidden, kept up to date as cells are hidden: a statewide pathway has
  // twenty thousand tables, each hiding a dozen complements one at a time.
  const groupsOf = new Map<K, number[]>()
  const hiddenIn = new Int32Array(present.length)
  present.forEach((group, g) => {
    for (const key of [group.total, ...group.parts]) {
      const of = groupsOf.get(key)
      if (of) of.push(g)
      else groupsOf.set(key, [g])
      if (hidden.has(key)) hiddenIn[g]!++
    }
  })
  const complement = (group: AdditiveGroup<K>): K | undefined => smallestShown(group.parts, values, hidden) ?? (hidden.has(group.total) ? undefined : group.total)
  for (;;) {
    const lonely = hiddenIn.indexOf(1)
    // The cycle proof settles the common table without the elimination; it never passes a disclosing one.
    const next = lonely !== -1 ? complement(present[lonely]!) : cyclesHideEveryCell(hidden, present) ? undefined : disclosedComplement(hidden, present, complement)
    if (next === undefined) return hidden
    hidden.add(next)
    for (const g of groupsOf.get(next) ?? []) hiddenIn[g]!++
  }
}

// The first of the smallest shown cells.
function smallestShown<K extends CellKey>(keys: readonly K[], values: ReadonlyMap<K, number>, hidden: ReadonlySet<K>): K | undefined {
  let smallest: K | undefined
  let least = Number.POSITIVE_INFINITY
  for (const key of keys) {
    const value = values.get(key)!
    if (hidden.has(key) || (smallest !== undefined && value >= least)) continue
    smallest = key
    least = value
  }
  return smallest
}

// A cell to hide so that a disclosed cell stops being disclosed: a shown cell of one of its groups or, when
// those are all hidden (the cell is fixed through a chain of groups), of any group that mixes hidden and shown.
function disclosedComplement<K extends CellKey>(hidden: Set<K>, groups: AdditiveGroup<K>[], complement: (group: AdditiveGroup<K>) => K | undefined): K | undefined {
  const disclosed = disclosedCells(hidden, groups)
  if (disclosed.length === 0) return undefined
  const holds = (group: AdditiveGroup<K>, cell: K) => group.total === cell || group.parts.includes(cell)
  for (const cell of disclosed) {
    for (const group of groups) {
      const next = holds(group, cell) ? complement(group) : undefined
      if (next !== undefined) return next
    }
  }
  for (const group of groups) {
    const next = [group.total, ...group.parts].some((key) => hidden.has(key)) ? complement(group) : undefined
    if (next !== undefined) return next
  }
  return undefined
}
