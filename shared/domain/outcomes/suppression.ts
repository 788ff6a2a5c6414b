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
  const hidden = new Set([...values].filter(([, value]) => value < threshold).map(([key]) => key))
  const present = groups
    .map((group) => ({ total: group.total, parts: group.parts.filter((part) => values.has(part)) }))
    .filter((group) => values.has(group.total) && group.parts.length > 0)
  const complement = (group: AdditiveGroup<K>): K | undefined => {
    const shown = (keys: readonly K[]) => keys.filter((key) => !hidden.has(key)).sort((a, b) => values.get(a)! - values.get(b)!)
    return shown(group.parts)[0] ?? shown([group.total])[0]
  }
  for (;;) {
    const lonely = present.find((group) => hiddenIn(group, hidden) === 1)
    // The cycle proof settles the common table without the elimination; it never passes a disclosing one.
    const next = lonely ? complement(lonely) : cyclesHideEveryCell(hidden, present) ? undefined : disclosedComplement(hidden, present, complement)
    if (next === undefined) return hidden
    hidden.add(next)
  }
}

// How many cells of the group are hidden, counting no further than two.
function hiddenIn<K extends CellKey>(group: AdditiveGroup<K>, hidden: ReadonlySet<K>): number {
  let count = hidden.has(group.total) ? 1 : 0
  for (const part of group.parts) if (hidden.has(part) && ++count > 1) break
  return count
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
