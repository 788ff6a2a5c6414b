// Merging a framework into another, or a competency into another: every row that points at the source (module
// alignments, links, employers' ratings and results, campaign areas, suggestions, discussions, children, pathways)
// moves to the target or collapses into the row the target already has; the source is then deleted. A preview
// answers the same summary without writing; the commit writes it in the caller's transaction and audits it.
//
// Who may merge: a person who may write both frameworks (their organisation's, or any for an admin). Alignments of
// modules of other organisations (drafts they cannot see included) move too, without those modules' owners being
// asked: moving an alignment between items of frameworks the person may write is a framework write. The module
// still teaches what it taught; only the item it names is now the one the duplicate collapsed into, as when a
// framework's owner edits an item's statement. Such modules are counted in the preview, never named.
import { levelOf, MAX_HIERARCHY_DEPTH } from '../../../shared/domain/tree'
import { MERGE_PART_LABELS, MERGE_PARTS, type MergeSummary } from '../../../shared/schemas/framework-merge'
import type { Db } from '../../db/connect'
import { competenciesOfFramework, findCompetency } from '../../db/queries/competencies'
import { deleteFramework, findFramework } from '../../db/queries/frameworks'
import { mergeReferences, movePathwayFrameworks, writeMerge, type MergeReferences } from '../../db/queries/framework-merge'
import { Invalid, NotFound } from '../../errors'
import { assertCanEdit, canSee, writerView, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { matchItems } from './match'
import { appendChildren, planReferences, type MergePlan, type Placement } from './plan'

type Competency = Awaited<ReturnType<typeof competenciesOfFramework>>[number]

// The framework of the path (404 when missing) and of the body (422 naming the field when missing); both must be
// the person's to change (403).
async function writableFrameworks(db: Db, actor: Viewer, targetId: number, sourceId: number) {
  const target = await findFramework(db, targetId)
  if (!target) throw new NotFound('Framework', targetId)
  assertCanEdit(actor, target, 'Framework', targetId)
  if (sourceId === targetId) throw new Invalid('A framework cannot be merged into itself; choose another one', { field: 'sourceId' })
  const source = await findFramework(db, sourceId)
  if (!source) throw new Invalid(`Framework ${sourceId} does not exist`, { field: 'sourceId' })
  assertCanEdit(actor, source, 'Framework', sourceId)
  return { target, source }
}

function refuseTooDeep(rows: readonly { id: number; parentId: number | null }[], place: readonly Placement[], codeOf: (id: number) => string) {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
  for (const p of place) parentOf.set(p.id, p.parentId)
  const deep = place.find((p) => levelOf(parentOf, p.id) > MAX_HIERARCHY_DEPTH)
  if (deep) throw new Invalid(`After the merge ${codeOf(deep.id)} would sit deeper than ${MAX_HIERARCHY_DEPTH} levels; move it up first`, { field: 'sourceId' })
}

function lastPositions(rows: readonly { parentId: number | null; position: number }[]) {
  const last = new Map<number | null, number>()
  for (const r of rows) last.set(r.parentId, Math.max(last.get(r.parentId) ?? -1, r.position))
  return last
}

function summarise(actor: Viewer, plan: MergePlan, base: Pick<MergeSummary, 'target' | 'source' | 'items' | 'matches'>, refs: MergeReferences): MergeSummary {
  const modules = new Map(refs.alignments.filter((a) => plan.writes.into.has(a.competencyId)).map((a) => [a.moduleId, a]))
  const seen = [...modules.values()].filter((m) => canSee(writerView(actor), m))
  return { ...base, references: plan.counts, modules: { codes: seen.map((m) => m.moduleCode).sort(), hidden: modules.size - seen.length } }
}

const described = (summary: MergeSummary) =>
  MERGE_PARTS.filter((part) => summary.references[part].moved + summary.references[part].collapsed > 0)
    .map((part) => `${summary.references[part].moved} ${MERGE_PART_LABELS[part]} moved, ${summary.references[part].collapsed} collapsed`)
    .join('; ')

// Plans merging framework `sourceId` into `targetId`: items with the same code and statement merge into the
// target's item, the others move across under their (possibly merged) parents.
async function planFrameworkMerge(db: Db, actor: Viewer, targetId: number, sourceId: number) {
  const { target, source } = await writableFrameworks(db, actor, targetId, sourceId)
  const [targetRows, sourceRows] = await Promise.all([competenciesOfFramework(db, targetId), competenciesOfFramework(db, sourceId)])
  const { into, sameCodeDifferentStatement } = matchItems(targetRows, sourceRows)
  const moving = sourceRows.filter((r) => !into.has(r.id))
  const last = lastPositions(targetRows)
  const place: Placement[] = []
  // An item whose parent stays in the source keeps its place; one under a merged item (or at the top) goes last there.
  const byNewParent = new Map<number | null, Competency[]>()
  for (const row of moving) {
    const parentId = row.parentId === null ? null : (into.get(row.parentId) ?? row.parentId)
    if (parentId === row.parentId && parentId !== null) place.push({ id: row.id, parentId, frameworkId: targetId, position: row.position })
    else byNewParent.set(parentId, [...(byNewParent.get(parentId) ?? []), row])
  }
  for (const [parentId, rows] of byNewParent) place.push(...appendChildren(rows.map((r) => r.id), parentId, targetId, last.get(parentId) ?? -1))
  const codes = new Map(sourceRows.map((r) => [r.id, r.code]))
  refuseTooDeep(targetRows, place, (id) => codes.get(id) ?? String(id))
  const sources = [...into.keys()]
  const refs = await mergeReferences(db, [...sources, ...into.values()])
  // A merged item's children in another framework (a required skill's branch may be) stay there, under the target.
  const inSource = new Set(sourceRows.map((r) => r.id))
  const outside = refs.children.filter((c) => c.parentId !== null && into.has(c.parentId) && !inSource.has(c.id))
  for (const c of outside) {
    const parentId = into.get(c.parentId!)!
    const after = Math.max(last.get(parentId) ?? -1, ...place.filter((p) => p.parentId === parentId).map((p) => p.position))
    place.push(...appendChildren([c.id], parentId, c.frameworkId, after))
  }
  // Children of merged items are placed above as moving items; the references' own count of them would repeat it.
  const plan = planReferences({ ...refs, children: [] }, into, place, await movePathwayFrameworks(db, sourceId, targetId, false))
  const targetCode = new Map(targetRows.map((r) => [r.id, r.code]))
  const matches = sourceRows.filter((r) => into.has(r.id)).slice(0, 50)
    .map((r) => ({ sourceCode: r.code, targetCode: targetCode.get(into.get(r.id)!)!, statement: r.statement }))
  const base = { target: { id: target.id, title: target.title }, source: { id: source.id, title: source.title }, items: { matched: into.size, moved: moving.length, sameCodeDifferentStatement }, matches }
  return { plan, sources, summary: summarise(actor, plan, base, refs) }
}

// What merging framework `sourceId` into `targetId` would move and collapse; writes nothing.
export async function previewFrameworkMerge(db: Db, actor: Viewer, targetId: number, sourceId: number): Promise<MergeSummary> {
  return (await planFrameworkMerge(db, actor, targetId, sourceId)).summary
}

// Merges framework `sourceId` into `targetId` and deletes the source; answers what it did.
export async function mergeFrameworks(db: Db, actor: Viewer, targetId: number, sourceId: number): Promise<MergeSummary> {
  const { plan, sources, summary } = await planFrameworkMerge(db, actor, targetId, sourceId)
  await writeMerge(db, plan.writes, sources)
  await movePathwayFrameworks(db, sourceId, targetId, true)
  await deleteFramework(db, sourceId)
  await recordAudit(db, actor, {
    action: 'update', table: 'frameworks', rowId: targetId,
    summary: `Merged framework "${summary.source.title}" into "${summary.target.title}": ${summary.items.matched} items matched, ${summary.items.moved} moved; ${described(summary) || 'nothing referred to it'}`,
    after: summary,
  })
  await recordAudit(db, actor, { action: 'delete', table: 'frameworks', rowId: sourceId, summary: `Deleted framework "${summary.source.title}", merged into "${summary.target.title}"` })
  return summary
}

// Plans merging competency `sourceId` into `targetId`: the source's children go last under the target (and into
// its framework, with everything beneath them), and every reference moves.
async function planItemMerge(db: Db, actor: Viewer, targetId: number, sourceId: number) {
  const target = await findCompetency(db, targetId)
  if (!target) throw new NotFound('Competency', targetId)
  const targetFramework = (await findFramework(db, target.frameworkId))!
  assertCanEdit(actor, targetFramework, 'Framework', targetFramework.id)
  if (sourceId === targetId) throw new Invalid('A competency cannot be merged into itself; choose another one', { field: 'sourceId' })
  const source = await findCompetency(db, sourceId)
  if (!source) throw new Invalid(`Competency ${sourceId} does not exist`, { field: 'sourceId' })
  const sourceFramework = (await findFramework(db, source.frameworkId))!
  assertCanEdit(actor, sourceFramework, 'Framework', sourceFramework.id)
  const targetRows = await competenciesOfFramework(db, target.frameworkId)
  const sourceRows = source.frameworkId === target.frameworkId ? targetRows : await competenciesOfFramework(db, source.frameworkId)
  const parentOf = new Map(targetRows.map((r) => [r.id, r.parentId]))
  for (let at = target.parentId; at !== null; at = parentOf.get(at) ?? null) {
    if (at === sourceId) throw new Invalid(`${target.code} sits beneath ${source.code}; merge ${source.code} into an item outside its own branch`, { field: 'sourceId' })
  }
  const children = sourceRows.filter((r) => r.parentId === sourceId)
  const place = appendChildren(children.map((c) => c.id), targetId, target.frameworkId, lastPositions(targetRows).get(targetId) ?? -1)
  if (source.frameworkId !== target.frameworkId) {
    // Everything beneath the source follows it into the target's framework, keeping its place in the branch.
    const below = new Set(children.map((c) => c.id))
    for (const row of sourceRows) {
      if (row.parentId !== null && below.has(row.parentId)) {
        below.add(row.id)
        place.push({ id: row.id, parentId: row.parentId, frameworkId: target.frameworkId, position: row.position })
      }
    }
  }
  refuseTooDeep([...targetRows, ...sourceRows], place, (id) => sourceRows.find((r) => r.id === id)?.code ?? String(id))
  const into = new Map([[sourceId, targetId]])
  const refs = await mergeReferences(db, [sourceId, targetId])
  const plan = planReferences(refs, into, place)
  const name = (c: Competency, framework: { title: string }) => ({ id: c.id, title: `${c.code} ${c.statement} (${framework.title})` })
  const base = { target: name(target, targetFramework), source: name(source, sourceFramework), items: { matched: 1, moved: 0, sameCodeDifferentStatement: [] }, matches: [{ sourceCode: source.code, targetCode: target.code, statement: source.statement }] }
  return { plan, source, summary: summarise(actor, plan, base, refs) }
}

// What merging competency `sourceId` into `targetId` would move and collapse; writes nothing.
export async function previewItemMerge(db: Db, actor: Viewer, targetId: number, sourceId: number): Promise<MergeSummary> {
  return (await planItemMerge(db, actor, targetId, sourceId)).summary
}

// Merges competency `sourceId` into `targetId` and deletes the source; answers what it did.
export async function mergeItems(db: Db, actor: Viewer, targetId: number, sourceId: number): Promise<MergeSummary> {
  const { plan, source, summary } = await planItemMerge(db, actor, targetId, sourceId)
  await writeMerge(db, plan.writes, [sourceId])
  await recordAudit(db, actor, {
    action: 'update', table: 'competencies', rowId: targetId,
    summary: `Merged competency ${summary.source.title} into ${summary.target.title}: ${described(summary) || 'nothing referred to it'}`,
    after: summary,
  })
  await recordAudit(db, actor, { action: 'delete', table: 'competencies', rowId: sourceId, summary: `Deleted competency ${source.code}, merged into ${summary.target.title}`, before: source })
  return summary
}
