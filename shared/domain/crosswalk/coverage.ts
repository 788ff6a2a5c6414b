// Coverage of one framework by another in a crosswalk: which of its items have an `equivalent` or `related`
// counterpart among the other's items, and which have none.
import type { LinkRelation } from '../vocabulary'
import type { CrosswalkItem } from './proposals'

type FrameworkRow = CrosswalkItem & { parentId: number | null; status: string; retiredAt: string | null }

// The items a crosswalk pairs: assessable ones (no children, DESIGN §3) in use (neither drafts nor retired).
export function assessableItems<T extends FrameworkRow>(rows: readonly T[]): T[] {
  const parents = new Set(rows.map((r) => r.parentId))
  return rows.filter((r) => !parents.has(r.id) && r.status !== 'draft' && r.retiredAt === null)
}

// A link between an item of the `from` framework (fromId) and one of the `to` framework (toId), whichever way
// it was recorded.
export type CrosswalkLink = { fromId: number; toId: number; relation: LinkRelation }

const COUNTERPART_RELATIONS: ReadonlySet<LinkRelation> = new Set(['equivalent', 'related'])

// How many of the items have a counterpart, and the items that have none, in the order given.
export function crosswalkCoverage<T extends CrosswalkItem>(items: readonly T[], links: readonly CrosswalkLink[]) {
  const counterparts = new Set(links.filter((l) => COUNTERPART_RELATIONS.has(l.relation)).map((l) => l.fromId))
  const uncovered = items.filter((item) => !counterparts.has(item.id))
  return { total: items.length, covered: items.length - uncovered.length, uncovered }
}
