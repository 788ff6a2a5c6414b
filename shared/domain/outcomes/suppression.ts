// Small-cell suppression of aggregate learner counts (issue 18: "fewer than 10" for anyone outside the data's
// own organisation). Primary suppression hides every count under the threshold; complementary suppression then
// hides further cells until no hidden cell can be worked out from the shown ones: no additive group is left
// with a single hidden cell, and no combination of groups fixes one (disclosure.ts).
import { disclosedCells, type AdditiveGroup, type CellKey } from './disclosure'

export const DEFAULT_SUPPRESSION_THRESHOLD = 10

// The cells to hide. Complements are the smallest shown cell of the group that needs one, parts before the
// total, so that the least information is lost and totals stay visible where they can.
export function suppressedCells(values: ReadonlyMap<CellKey, number>, groups: readonly AdditiveGroup[], threshold: number): Set<CellKey> {
  const hidden = new Set([...values].filter(([, value]) => value < threshold).map(([key]) => key))
  const present = groups
    .map((group) => ({ total: group.total, parts: group.parts.filter((part) => values.has(part)) }))
    .filter((group) => values.has(group.total) && group.parts.length > 0)
  const complement = (group: AdditiveGroup): CellKey | undefined => {
    const shown = (keys: readonly CellKey[]) => keys.filter((key) => !hidden.has(key)).sort((a, b) => values.get(a)! - values.get(b)!)
    return shown(group.parts)[0] ?? shown([group.total])[0]
  }
  for (;;) {
    const lonely = present.find((group) => [group.total, ...group.parts].filter((key) => hidden.has(key)).length === 1)
    const next = lonely ? complement(lonely) : disclosedComplement(hidden, present, complement)
    if (next === undefined) return hidden
    hidden.add(next)
  }
}

// A cell to hide so that a disclosed cell stops being disclosed: a shown cell of one of its groups or, when
// those are all hidden (the cell is fixed through a chain of groups), of any group that mixes hidden and shown.
function disclosedComplement(hidden: Set<CellKey>, groups: AdditiveGroup[], complement: (group: AdditiveGroup) => CellKey | undefined): CellKey | undefined {
  const disclosed = disclosedCells(hidden, groups)
  if (disclosed.length === 0) return undefined
  const holds = (group: AdditiveGroup, cell: CellKey) => group.total === cell || group.parts.includes(cell)
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
