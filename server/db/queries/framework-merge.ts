// SQL for merging competencies (and frameworks): reading every row that points at the competencies involved, and
// writing the plan services/framework-merge/plan.ts made of them, in bulk and in the caller's transaction.
import type { Db } from '../connect'
import { now } from '../stamps'
import { chunks } from './import'

// Rows of `table` whose `column` is one of `ids`, read in chunks.
async function inChunks<T>(ids: readonly number[], read: (part: number[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = []
  for (const part of chunks(ids)) out.push(...(await read(part)))
  return out
}

// Everything that refers to the competencies `ids` and may have to move or collapse.
export async function mergeReferences(db: Db, ids: readonly number[]) {
  const alignments = await inChunks(ids, (part) =>
    db
      .selectFrom('alignments')
      .innerJoin('modules', 'modules.id', 'alignments.moduleId')
      .select(['alignments.id', 'alignments.moduleId', 'alignments.outcomeId', 'alignments.competencyId', 'alignments.depth', 'alignments.assessed'])
      .select(['modules.code as moduleCode', 'modules.organisationId', 'modules.approvedVersion'])
      .where('alignments.competencyId', 'in', part)
      .orderBy('alignments.id')
      .execute(),
  )
  const links = await inChunks(ids, (part) =>
    db
      .selectFrom('competency_links')
      .select(['id', 'fromId', 'toId', 'relation'])
      .where((eb) => eb.or([eb('fromId', 'in', part), eb('toId', 'in', part)]))
      .execute(),
  )
  const ratings = await inChunks(ids, (part) =>
    db.selectFrom('validation_ratings').select(['id', 'inviteId as groupId', 'competencyId']).where('competencyId', 'in', part).orderBy('id').execute(),
  )
  const results = await inChunks(ids, (part) =>
    db.selectFrom('competency_validations').select(['id', 'campaignId as groupId', 'competencyId']).where('competencyId', 'in', part).orderBy('id').execute(),
  )
  const campaignAreas = await inChunks(ids, (part) =>
    db.selectFrom('validation_campaign_areas').select(['campaignId', 'competencyId']).where('competencyId', 'in', part).execute(),
  )
  const suggestions = await inChunks(ids, (part) =>
    db.selectFrom('validation_suggestions').select(['id', 'areaId', 'competencyId'])
      .where((eb) => eb.or([eb('areaId', 'in', part), eb('competencyId', 'in', part)])).execute(),
  )
  const comments = await inChunks(ids, (part) =>
    db.selectFrom('comment_threads').select(['id', 'targetId']).where('targetKind', '=', 'competency').where('targetId', 'in', part).execute(),
  )
  const children = await inChunks(ids, (part) =>
    db.selectFrom('competencies').select(['id', 'parentId', 'frameworkId', 'position']).where('parentId', 'in', part).orderBy('position').orderBy('id').execute(),
  )
  return { alignments, links, ratings, results, campaignAreas, suggestions, comments, children }
}

export type MergeReferences = Awaited<ReturnType<typeof mergeReferences>>

// The writes of a merge, each a list of rows to change.
export type MergeWrites = {
  alignments: { move: { id: number; competencyId: number }[]; raise: { id: number; depth: 'I' | 'R' | 'M'; assessed: number }[]; drop: number[] }
  links: { move: { id: number; fromId: number; toId: number }[]; drop: number[] }
  ratings: { move: { id: number; competencyId: number }[]; drop: number[] }
  results: { move: { id: number; competencyId: number }[]; drop: number[] }
  campaignAreas: { move: { campaignId: number; from: number; to: number }[]; drop: { campaignId: number; competencyId: number }[] }
  // Competencies whose parent, framework or place changes (moved children and items that move across).
  place: { id: number; parentId: number | null; frameworkId: number; position: number }[]
  // source → target: suggestions and discussions follow their item.
  into: Map<number, number>
}

async function moveColumn(db: Db, table: 'alignments' | 'validation_ratings' | 'competency_validations', moves: readonly { id: number; competencyId: number }[]) {
  const byTarget = new Map<number, number[]>()
  for (const m of moves) byTarget.set(m.competencyId, [...(byTarget.get(m.competencyId) ?? []), m.id])
  for (const [competencyId, ids] of byTarget) {
    for (const part of chunks(ids)) await db.updateTable(table).set({ competencyId }).where('id', 'in', part).execute()
  }
}

async function dropRows(db: Db, table: 'alignments' | 'competency_links' | 'validation_ratings' | 'competency_validations', ids: readonly number[]) {
  for (const part of chunks(ids)) await db.deleteFrom(table).where('id', 'in', part).execute()
}

// Writes a merge plan: rows that collapse go first, so no move meets a unique constraint; the source competencies
// are deleted last, once nothing points at them.
export async function writeMerge(db: Db, writes: MergeWrites, sources: readonly number[]): Promise<void> {
  await dropRows(db, 'alignments', writes.alignments.drop)
  for (const r of writes.alignments.raise) await db.updateTable('alignments').set({ depth: r.depth, assessed: r.assessed }).where('id', '=', r.id).execute()
  await moveColumn(db, 'alignments', writes.alignments.move)
  await dropRows(db, 'competency_links', writes.links.drop)
  for (const l of writes.links.move) await db.updateTable('competency_links').set({ fromId: l.fromId, toId: l.toId }).where('id', '=', l.id).execute()
  await dropRows(db, 'validation_ratings', writes.ratings.drop)
  await moveColumn(db, 'validation_ratings', writes.ratings.move)
  await dropRows(db, 'competency_validations', writes.results.drop)
  await moveColumn(db, 'competency_validations', writes.results.move)
  for (const a of writes.campaignAreas.drop) {
    await db.deleteFrom('validation_campaign_areas').where('campaignId', '=', a.campaignId).where('competencyId', '=', a.competencyId).execute()
  }
  for (const a of writes.campaignAreas.move) {
    await db.updateTable('validation_campaign_areas').set({ competencyId: a.to }).where('campaignId', '=', a.campaignId).where('competencyId', '=', a.from).execute()
  }
  for (const [from, to] of writes.into) {
    await db.updateTable('validation_suggestions').set({ areaId: to }).where('areaId', '=', from).execute()
    await db.updateTable('validation_suggestions').set({ competencyId: to }).where('competencyId', '=', from).execute()
    await db.updateTable('comment_threads').set({ targetId: to, targetKey: `competency:${to}` }).where('targetKind', '=', 'competency').where('targetId', '=', from).execute()
  }
  const stamp = now()
  for (const p of writes.place) {
    await db.updateTable('competencies').set({ parentId: p.parentId, frameworkId: p.frameworkId, position: p.position, updatedAt: stamp }).where('id', '=', p.id).execute()
  }
  // Sources nest inside each other (a matched area and its matched items): unhook them before deleting.
  for (const part of chunks(sources)) await db.updateTable('competencies').set({ parentId: null }).where('id', 'in', part).execute()
  for (const part of chunks(sources)) await db.deleteFrom('competencies').where('id', 'in', part).execute()
}

// Moves the pathways held against framework `from` to `to` (a pathway held against both keeps one row); returns
// how many moved and collapsed.
export async function movePathwayFrameworks(db: Db, from: number, to: number, apply: boolean) {
  const rows = await db.selectFrom('pathway_frameworks').select(['pathwayId', 'frameworkId']).where('frameworkId', 'in', [from, to]).execute()
  const holdsTarget = new Set(rows.filter((r) => r.frameworkId === to).map((r) => r.pathwayId))
  const mine = rows.filter((r) => r.frameworkId === from)
  const collapsed = mine.filter((r) => holdsTarget.has(r.pathwayId)).map((r) => r.pathwayId)
  if (apply) {
    for (const part of chunks(collapsed)) await db.deleteFrom('pathway_frameworks').where('frameworkId', '=', from).where('pathwayId', 'in', part).execute()
    await db.updateTable('pathway_frameworks').set({ frameworkId: to }).where('frameworkId', '=', from).execute()
  }
  return { moved: mine.length - collapsed.length, collapsed: collapsed.length }
}
