// Matching a parsed framework against the database: which framework it updates (by identifier, or the one
// named), which competencies are new, changed or unchanged, and which links would be added. Reads only.
import { levelOf, MAX_HIERARCHY_DEPTH } from '../../../shared/domain/tree'
import type { CompetencyPatch } from '../../../shared/schemas/framework'
import type { ImportOptions } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import { competenciesOfFramework } from '../../db/queries/competencies'
import { findFramework } from '../../db/queries/frameworks'
import { competenciesByUuids, findFrameworkByUuid, linksFrom } from '../../db/queries/import'
import { caseDataOfFramework } from '../../db/queries/import-case'
import { newUuid } from '../../db/stamps'
import type { FrameworkExtra, Json } from './case-extra'
import type { ParsedFramework, ParsedItem, ParsedLink, Problems } from './model'
import { describe } from './validate'

type Existing = Awaited<ReturnType<typeof competenciesOfFramework>>[number]

export type ImportPlan = {
  framework: { id: number | null; uuid: string; title: string }
  // Items in parents-first order, each with the uuid it will carry and its position among its siblings.
  // `caseData`: the CASE data to write (case_extra as JSON, code_generated), null when it is as stored.
  items: { item: ParsedItem; uuid: string; position: number; existing: Existing | undefined; patch: CompetencyPatch | null; caseData: CaseData | null }[]
  links: { from: string; to: string; relation: ParsedLink['relation']; caseExtra: string | null }[]
  // CASE packages: the framework's case_extra, with the associations that became no link.
  frameworkExtra: FrameworkExtra | null
  // Identifiers of competencies outside the file that links point at, with their ids.
  outside: Map<string, number>
  // Parents named by rows but not in the file: existing competencies of the framework, by key.
  parents: Map<string, number>
  counts: { create: number; update: number; unchanged: number; links: number; rows: number }
  // Items of the framework the file does not hold; they are kept.
  absent: number
}

type CaseData = { caseExtra: string | null; codeGenerated: 0 | 1 }

// Siblings ordered by sequence number (items without one after, in file order); parents before children.
function orderItems(items: readonly ParsedItem[], outsideParents: Iterable<string>): { item: ParsedItem; position: number }[] {
  const children = new Map<string | null, ParsedItem[]>()
  for (const item of items) {
    const list = children.get(item.parentKey)
    if (list) list.push(item)
    else children.set(item.parentKey, [item])
  }
  const out: { item: ParsedItem; position: number }[] = []
  let level: (string | null)[] = [null, ...outsideParents]
  while (level.length) {
    const next: string[] = []
    for (const parent of level) {
      const siblings = (children.get(parent) ?? []).slice().sort((a, b) => (a.sequence ?? Infinity) - (b.sequence ?? Infinity))
      siblings.forEach((item, position) => {
        out.push({ item, position })
        next.push(item.key)
      })
    }
    level = next
  }
  return out
}

// Reports the first item that would sit deeper than a hierarchy may go, counting the levels of a parent that
// is already in the framework. `ordered` lists parents before their children.
function checkDepth(ordered: { item: ParsedItem }[], outsideParents: ReadonlyMap<string, number>, current: readonly Existing[], problems: Problems) {
  const parentOf = new Map(current.map((c) => [c.id, c.parentId]))
  const levels = new Map<string, number>()
  for (const { item } of ordered) {
    const outside = item.parentKey === null ? undefined : outsideParents.get(item.parentKey)
    const parentLevel = item.parentKey === null ? 0 : outside !== undefined ? levelOf(parentOf, outside) : (levels.get(item.parentKey) ?? 0)
    levels.set(item.key, parentLevel + 1)
    if (parentLevel + 1 > MAX_HIERARCHY_DEPTH) {
      return problems.error(`${item.code} would sit ${parentLevel + 1} levels deep; a hierarchy may be at most ${MAX_HIERARCHY_DEPTH} levels deep`, item.where)
    }
  }
}

function patchOf(existing: Existing, item: ParsedItem, position: number, parentId: number | null | undefined): CompetencyPatch | null {
  const patch: CompetencyPatch = {}
  if (existing.code !== item.code) patch.code = item.code
  if (existing.statement !== item.statement) patch.statement = item.statement
  if (existing.kind !== item.kind) patch.kind = item.kind
  if ((existing.level ?? null) !== item.level) patch.level = item.level
  if (item.subject !== undefined && (existing.subject ?? null) !== item.subject) patch.subject = item.subject
  if (existing.position !== position) patch.position = position
  // undefined: the parent is new, so it changes.
  if (parentId === undefined || existing.parentId !== parentId) patch.parentId = parentId ?? null
  return Object.keys(patch).length ? patch : null
}

async function targetFramework(db: Db, parsed: ParsedFramework, options: ImportOptions, problems: Problems) {
  if (options.frameworkId !== undefined) {
    const found = await findFramework(db, options.frameworkId)
    if (!found) problems.error(`Framework ${options.frameworkId} does not exist`)
    return found && { id: found.id, uuid: found.uuid, title: found.title }
  }
  const found = parsed.framework.uuid ? await findFrameworkByUuid(db, parsed.framework.uuid) : undefined
  return found && { id: found.id, uuid: found.uuid, title: found.title }
}

// Builds the plan, recording as errors identifiers owned by another framework and codes already taken.
export async function planImport(db: Db, parsed: ParsedFramework, options: ImportOptions, problems: Problems): Promise<ImportPlan> {
  const target = await targetFramework(db, parsed, options, problems)
  const current = target ? await competenciesOfFramework(db, target.id) : []
  const byUuid = new Map(current.map((c) => [c.uuid, c]))
  const byCode = new Map(current.map((c) => [c.code, c]))
  const stored = new Map((target ? await caseDataOfFramework(db, target.id) : []).map((c) => [c.id, c]))
  const fileUuids = parsed.items.flatMap((i) => (i.uuid ? [i.uuid] : []))
  const elsewhere = new Map((await competenciesByUuids(db, fileUuids.filter((u) => !byUuid.has(u)))).map((c) => [c.uuid, c]))
  const keys = new Set(parsed.items.map((i) => i.key))
  const parents = new Map<string, number>()
  for (const item of parsed.items) {
    if (item.parentKey === null || keys.has(item.parentKey)) continue
    const parent = byUuid.get(item.parentKey) ?? (parsed.format === 'sheet' ? byCode.get(item.parentKey) : undefined)
    if (parent) parents.set(item.parentKey, parent.id)
    else problems.error(`Parent ${item.parentKey} of ${item.code} is neither in the file nor in the framework`, item.where)
  }
  const ordered = orderItems(parsed.items, parents.keys())
  checkDepth(ordered, parents, current, problems)
  const other = (item: ParsedItem) => (item.uuid ? elsewhere.get(item.uuid) : undefined)
  const matched = new Map<string, Existing | undefined>()
  for (const { item } of ordered) {
    const taken = other(item)
    if (taken) problems.error(`Identifier ${item.uuid} already belongs to a competency (${taken.code}) of another framework`, item.where)
    matched.set(item.key, (item.uuid ? byUuid.get(item.uuid) : undefined) ?? (parsed.format === 'sheet' && !item.uuid ? byCode.get(item.code) : undefined))
  }
  const matchedIds = new Set([...matched.values()].flatMap((e) => (e ? [e.id] : [])))
  // A framework chosen to update ("update that framework", of a file that looks like it) is matched by identifier,
  // else by code: its items may carry other identifiers than the file's.
  if (options.frameworkId !== undefined) {
    for (const { item } of ordered) {
      const holder = byCode.get(item.code)
      if (matched.get(item.key) || !holder || matchedIds.has(holder.id) || other(item)) continue
      matched.set(item.key, holder)
      matchedIds.add(holder.id)
    }
  }
  const absent = current.length - matchedIds.size
  if (target && absent > 0) problems.warning(`${absent} item${absent === 1 ? '' : 's'} of "${target.title}" ${absent === 1 ? 'is' : 'are'} not in the file; ${absent === 1 ? 'it is' : 'they are'} kept as ${absent === 1 ? 'it is' : 'they are'} (retire or delete them on the framework's page if they are gone)`)
  const items: ImportPlan['items'] = ordered.map(({ item, position }) => {
    const existing = matched.get(item.key)
    const before = existing && stored.get(existing.id)
    // A code made up at an earlier import stays, so references to it keep working.
    if (before?.codeGenerated && item.codeGenerated) item.code = existing!.code
    const holder = byCode.get(item.code)
    if (holder && !matchedIds.has(holder.id) && holder !== existing) {
      // Rows told apart by identifiers may share a code (CASE's identity is the identifier); sheet rows may not.
      if (item.uuid) problems.warning(`Code ${item.code} is also the code of another competency of this framework (${holder.statement.slice(0, 60)}); both are kept`, item.where)
      else problems.error(`Code ${item.code} is already used by another competency of this framework`, item.where)
    }
    const parentId = item.parentKey === null ? null : (matched.get(item.parentKey)?.id ?? parents.get(item.parentKey))
    const uuid = existing?.uuid ?? item.uuid ?? newUuid()
    const caseData: CaseData = { caseExtra: item.extra ? JSON.stringify({ ...item.extra, position }) : null, codeGenerated: item.codeGenerated ? 1 : 0 }
    const same = before && before.caseExtra === caseData.caseExtra && before.codeGenerated === caseData.codeGenerated
    // Sheets carry no CASE data: what an earlier CASE import stored stays.
    const keep = same || (parsed.format === 'sheet' && existing)
    return { item, uuid, position, existing, patch: existing ? patchOf(existing, item, position, parentId) : null, caseData: keep ? null : caseData }
  })
  const uuidOfKey = new Map(items.map((i) => [i.item.key, i.uuid]))
  const external = [...new Set(parsed.links.flatMap((l) => [l.fromKey, l.toKey]).filter((k) => !uuidOfKey.has(k)))]
  const outside = new Map((await competenciesByUuids(db, external)).map((c) => [c.uuid, c.id]))
  const wanted = new Map<string, ImportPlan['links'][number]>()
  // Associations that become no link (to items Rungs does not hold, onto themselves, or repeated) stay in CASE.
  const unlinked: Json[] = []
  for (const link of parsed.links) {
    const from = uuidOfKey.get(link.fromKey) ?? (outside.has(link.fromKey) ? link.fromKey : null)
    const to = uuidOfKey.get(link.toKey) ?? (outside.has(link.toKey) ? link.toKey : null)
    const key = `${from} ${to} ${link.relation}`
    if (!from || !to || from === to || wanted.has(key)) {
      if (link.extra) unlinked.push(link.extra.association)
      if (!from || !to) problems.warning(`The ${link.relation} link to ${!from ? link.fromKey : link.toKey}, which is neither in the file nor in Rungs, ${link.extra ? 'is kept for CASE exports only' : 'was skipped'} (${describe(link.where)})`, link.where)
    } else wanted.set(key, { from, to, relation: link.relation, caseExtra: link.extra ? JSON.stringify(link.extra) : null })
  }
  const knownIds = new Map([...current.map((c): [string, number] => [c.uuid, c.id]), ...outside])
  const existingLinks = new Set((await linksFrom(db, [...knownIds.values()])).map((l) => `${l.fromId} ${l.toId} ${l.relation}`))
  const links = [...wanted.values()].filter((l) => !existingLinks.has(`${knownIds.get(l.from)} ${knownIds.get(l.to)} ${l.relation}`))
  const update = items.filter((i) => i.existing && (i.patch || i.caseData)).length
  const create = items.filter((i) => !i.existing).length
  return {
    // A sheet's title is its file name unless one is given; updating a framework keeps the framework's.
    framework: { id: target?.id ?? null, uuid: target?.uuid ?? parsed.framework.uuid ?? newUuid(), title: (parsed.format === 'sheet' && target && !options.title ? target.title : parsed.framework.title) || target?.title || '' },
    items,
    links,
    outside,
    parents,
    frameworkExtra: parsed.extra ? { ...parsed.extra, associations: [...parsed.extra.associations, ...unlinked] } : null,
    counts: { create, update, unchanged: items.length - create - update, links: links.length, rows: parsed.items.length },
    absent,
  }
}
