// Planning a merge, without I/O: given which competencies merge into which (source → target) and every row that
// points at them, decide what moves and what collapses into a row the target already has, so that no unique
// constraint is broken: two alignments of one module (and outcome) become one at the deeper depth, assessed if
// either was; a link that would join an item to itself, or repeat a link, goes; of two ratings by one employer (or
// two results of one campaign, or one campaign area twice) the target's stays.
import type { MergeMove, MergePart } from '../../../shared/schemas/framework-merge'
import type { MergeReferences, MergeWrites } from '../../db/queries/framework-merge'

const DEPTH_ORDER = { I: 0, R: 1, M: 2 } as const

// Where an item goes: its place after the merge.
export type Placement = MergeWrites['place'][number]

export type MergePlan = { writes: MergeWrites; counts: Record<MergePart, MergeMove> }

// Groups rows by the key they will have after the merge; in each group the row already on the target (or failing
// that the first) is kept and the sources' others collapse into it. Rows not on a source are never dropped.
function collapse<T>(rows: readonly T[], keyOf: (row: T) => string, onTarget: (row: T) => boolean) {
  const groups = new Map<string, T[]>()
  for (const row of rows) groups.set(keyOf(row), [...(groups.get(keyOf(row)) ?? []), row])
  return [...groups.values()].filter((group) => group.some((row) => !onTarget(row))).map((group) => {
    const keeper = group.find(onTarget) ?? group[0]!
    return { keeper, others: group.filter((row) => row !== keeper && !onTarget(row)) }
  })
}

// Plans the moves of every reference to a source. `into` maps each source to its target; `place` lists the items
// whose parent or framework changes (worked out by the caller, who knows the trees); `pathways` is counted by the
// caller too (framework merges only).
export function planReferences(refs: MergeReferences, into: ReadonlyMap<number, number>, place: Placement[], pathways: MergeMove = { moved: 0, collapsed: 0 }): MergePlan {
  const to = (id: number) => into.get(id) ?? id
  const isSource = (id: number) => into.has(id)

  const alignments: MergeWrites['alignments'] = { move: [], raise: [], drop: [] }
  const alignmentGroups = collapse(refs.alignments, (a) => `${a.moduleId} ${a.outcomeId ?? '-'} ${to(a.competencyId)}`, (a) => !isSource(a.competencyId))
  for (const { keeper, others } of alignmentGroups) {
    alignments.drop.push(...others.map((a) => a.id))
    if (isSource(keeper.competencyId)) alignments.move.push({ id: keeper.id, competencyId: to(keeper.competencyId) })
    const all = [keeper, ...others]
    const depth = all.reduce((deepest, a) => (DEPTH_ORDER[a.depth] > DEPTH_ORDER[deepest] ? a.depth : deepest), keeper.depth)
    const assessed = all.some((a) => a.assessed) ? 1 : 0
    if (depth !== keeper.depth || assessed !== keeper.assessed) alignments.raise.push({ id: keeper.id, depth, assessed })
  }

  const links: MergeWrites['links'] = { move: [], drop: [] }
  // Links that touch no source keep their key; those that do are checked against them and each other.
  const taken = new Set(refs.links.filter((l) => !isSource(l.fromId) && !isSource(l.toId)).map((l) => `${l.fromId} ${l.toId} ${l.relation}`))
  for (const link of refs.links.filter((l) => isSource(l.fromId) || isSource(l.toId))) {
    const fromId = to(link.fromId)
    const toId = to(link.toId)
    const key = `${fromId} ${toId} ${link.relation}`
    if (fromId === toId || taken.has(key)) links.drop.push(link.id)
    else {
      taken.add(key)
      links.move.push({ id: link.id, fromId, toId })
    }
  }

  const byGroup = (rows: MergeReferences['ratings']) => {
    const out = { move: [] as { id: number; competencyId: number }[], drop: [] as number[] }
    for (const { keeper, others } of collapse(rows, (r) => `${r.groupId} ${to(r.competencyId)}`, (r) => !isSource(r.competencyId))) {
      out.drop.push(...others.map((r) => r.id))
      if (isSource(keeper.competencyId)) out.move.push({ id: keeper.id, competencyId: to(keeper.competencyId) })
    }
    return out
  }
  const ratings = byGroup(refs.ratings)
  const results = byGroup(refs.results)

  const campaignAreas: MergeWrites['campaignAreas'] = { move: [], drop: [] }
  for (const { keeper, others } of collapse(refs.campaignAreas, (a) => `${a.campaignId} ${to(a.competencyId)}`, (a) => !isSource(a.competencyId))) {
    campaignAreas.drop.push(...others)
    if (isSource(keeper.competencyId)) campaignAreas.move.push({ campaignId: keeper.campaignId, from: keeper.competencyId, to: to(keeper.competencyId) })
  }

  const sourceRows = <T extends { competencyId: number }>(rows: readonly T[]) => rows.filter((r) => isSource(r.competencyId)).length
  const moveOf = (moves: number, drops: number): MergeMove => ({ moved: moves, collapsed: drops })
  const counts: Record<MergePart, MergeMove> = {
    alignments: moveOf(sourceRows(refs.alignments) - alignments.drop.length, alignments.drop.length),
    links: moveOf(links.move.length, links.drop.length),
    ratings: moveOf(ratings.move.length, ratings.drop.length),
    results: moveOf(results.move.length, results.drop.length),
    campaignAreas: moveOf(campaignAreas.move.length, campaignAreas.drop.length),
    suggestions: moveOf(refs.suggestions.filter((s) => isSource(s.areaId) || (s.competencyId !== null && isSource(s.competencyId))).length, 0),
    comments: moveOf(refs.comments.filter((t) => t.targetId !== null && isSource(t.targetId)).length, 0),
    children: moveOf(refs.children.filter((c) => c.parentId !== null && isSource(c.parentId) && !isSource(c.id)).length, 0),
    pathways,
  }
  return { writes: { alignments, links, ratings, results, campaignAreas, place, into: new Map(into) }, counts }
}

// Places `ids` (in their order) as the last children of `parentId` in `frameworkId`, after `after` siblings.
export function appendChildren(ids: readonly number[], parentId: number | null, frameworkId: number, after: number): Placement[] {
  return ids.map((id, i) => ({ id, parentId, frameworkId, position: after + 1 + i }))
}
