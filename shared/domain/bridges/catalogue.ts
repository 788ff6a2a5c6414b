// The slice of the catalogue the bridge builder reasons over: competencies with their parents, so levels
// and subjects can be inherited from the nearest ancestor that states one.
import type { BasicSkillSubject } from '../vocabulary'

export type BridgeCompetency = {
  id: number
  // Where the competency lives, so a page can link to it in its framework's tree.
  frameworkId: number
  parentId: number | null
  code: string
  statement: string
  level: string | null
  subject: BasicSkillSubject | null
}

export type Catalogue = ReadonlyMap<number, BridgeCompetency>

// The competency itself, then its parent, up to the root (ids missing from the catalogue end the chain).
export function chainOf(catalogue: Catalogue, id: number): BridgeCompetency[] {
  const chain: BridgeCompetency[] = []
  for (let at = catalogue.get(id); at && chain.length < 64; at = at.parentId === null ? undefined : catalogue.get(at.parentId)) {
    chain.push(at)
  }
  return chain
}

// A value of the competency, else of its nearest ancestor that has one.
export function inherited<K extends 'level' | 'subject'>(catalogue: Catalogue, id: number, key: K): BridgeCompetency[K] | null {
  return chainOf(catalogue, id).find((c) => c[key] !== null)?.[key] ?? null
}

// Rank of a level on the scale (0 = lowest); -1 for no level or one that is not on the scale.
export function rankOf(levels: readonly string[], level: string | null): number {
  return level === null ? -1 : levels.indexOf(level)
}
