// Does a bridge cover what its targets need? The same rule as the analysis's bridge_gap: a module reaches a
// basic skill at level L when it aligns to the skill or to a descendant whose (inherited) level is L.
import type { BridgeNeed, CoverageItem } from '../../schemas/bridge'
import { chainOf, inherited, rankOf, type Catalogue } from './catalogue'

// Highest level rank at which the aligned items reach each competency (the item and all its ancestors);
// -1 when reached only at an unstated level.
export function reachOf(catalogue: Catalogue, alignedIds: readonly number[], levels: readonly string[]): Map<number, number> {
  const reach = new Map<number, number>()
  for (const id of alignedIds) {
    const rank = rankOf(levels, inherited(catalogue, id, 'level'))
    for (const c of chainOf(catalogue, id)) if ((reach.get(c.id) ?? -2) < rank) reach.set(c.id, rank)
  }
  return reach
}

// Each need, covered when the bridge reaches the skill at the required level or higher (any level meets a
// need with no stated level).
export function coverageOf(needs: readonly BridgeNeed[], reach: ReadonlyMap<number, number>, levels: readonly string[]): CoverageItem[] {
  return needs.map((need) => {
    const reached = reach.get(need.skill.id)
    const covered = reached !== undefined && reached >= rankOf(levels, need.requiredLevel)
    return { ...need, covered, reachedLevel: reached === undefined || reached < 0 ? null : levels[reached]! }
  })
}
