// SQL that reads what a pathway package holds, in bulk: every query takes a list of module (or credential) ids and
// reads them in chunks, so a statewide pathway of 20,000 modules costs a few dozen statements, not one per row.
import type { Db } from '../connect'
import { fromFlag } from '../stamps'
import { visibleTo, type Reader } from './visibility'

// Both dialects bind each id as a parameter; SQLite allows 32,766 of them in one statement.
const CHUNK = 5_000

export async function inChunks<T>(ids: readonly number[], read: (chunk: number[]) => Promise<T[]>): Promise<T[]> {
  // Chunks are concatenated, not spread into push: a chunk of 100,000 rows would overflow the call stack.
  let out: T[] = []
  for (let at = 0; at < ids.length; at += CHUNK) out = out.concat(await read(ids.slice(at, at + CHUNK)))
  return out
}

// The modules placed on the pathway that the reader may see, with their place on the ladder.
export function ladderOf(db: Db, pathwayId: number, reader: Reader) {
  return db
    .selectFrom('pathway_modules as pm')
    .innerJoin('modules', 'modules.id', 'pm.moduleId')
    .select(['pm.moduleId', 'pm.stage', 'pm.position', 'pm.isEntry', 'pm.isExit'])
    .where('pm.pathwayId', '=', pathwayId)
    .where(visibleTo(reader))
    .orderBy('pm.stage')
    .orderBy('pm.position')
    .orderBy('modules.code')
    .execute()
}

// Module ids linked from these modules (prerequisites, bridge targets) that the reader may see.
export function linkedModuleIds(db: Db, ids: readonly number[], reader: Reader) {
  return inChunks(ids, async (chunk) => {
    const prerequisites = await db
      .selectFrom('module_prerequisites as mp')
      .innerJoin('modules', 'modules.id', 'mp.prerequisiteId')
      .select(['mp.moduleId as fromId', 'mp.prerequisiteId as toId', 'modules.code as toCode'])
      .where('mp.moduleId', 'in', chunk)
      .where(visibleTo(reader))
      .orderBy('modules.code')
      .execute()
    const targets = await db
      .selectFrom('bridge_targets as bt')
      .innerJoin('modules', 'modules.id', 'bt.targetId')
      .select(['bt.bridgeId as fromId', 'bt.targetId as toId', 'modules.code as toCode'])
      .where('bt.bridgeId', 'in', chunk)
      .where(visibleTo(reader))
      .orderBy('modules.code')
      .execute()
    return [...prerequisites.map((e) => ({ ...e, link: 'prerequisite' as const })), ...targets.map((e) => ({ ...e, link: 'target' as const }))]
  })
}

export function moduleRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) => db.selectFrom('modules').selectAll().where('id', 'in', chunk).execute())
}

export function outcomeRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db.selectFrom('outcomes').select(['id', 'uuid', 'moduleId', 'content']).where('moduleId', 'in', chunk).orderBy('moduleId').orderBy('position').execute(),
  )
}

// Alignments in a stable order, by competency id: a statewide pathway has 500,000 of them over a few thousand
// competencies, whose identifiers competencyIdentifiers reads once each.
export async function alignmentRows(db: Db, ids: readonly number[]) {
  const rows = await inChunks(ids, (chunk) =>
    db
      .selectFrom('alignments as a')
      .select(['a.moduleId', 'a.outcomeId', 'a.competencyId', 'a.depth', 'a.assessed'])
      .where('a.moduleId', 'in', chunk)
      .orderBy('a.moduleId')
      .orderBy('a.id')
      .execute(),
  )
  return rows.map((r) => ({ ...r, assessed: fromFlag(r.assessed) }))
}

// The CASE identifiers of these competencies and of their frameworks.
export function competencyIdentifiers(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db
      .selectFrom('competencies as c')
      .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
      .select(['c.id', 'c.uuid as competency', 'f.uuid as framework', 'f.id as frameworkId'])
      .where('c.id', 'in', chunk)
      .execute(),
  )
}

export function moduleCredentialRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db
      .selectFrom('module_credentials as mc')
      .innerJoin('credentials as c', 'c.id', 'mc.credentialId')
      .select(['mc.moduleId', 'mc.credentialId', 'c.uuid'])
      .where('mc.moduleId', 'in', chunk)
      .orderBy('c.title')
      .orderBy('c.uuid')
      .execute(),
  )
}

// What a support says in a package, wherever it is attached.
const SUPPORT_COLUMNS = ['s.kind', 's.description', 'o.name as provider', 's.contactName', 's.contactEmail', 's.contactPhone', 's.contactNotes'] as const

export function moduleSupportRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db
      .selectFrom('supports as s')
      .leftJoin('organisations as o', 'o.id', 's.organisationId')
      .select(['s.moduleId', ...SUPPORT_COLUMNS])
      .where('s.moduleId', 'in', chunk)
      .orderBy('s.moduleId')
      .orderBy('s.position')
      .execute(),
  )
}

export function pathwaySupportRows(db: Db, pathwayId: number) {
  return db
    .selectFrom('supports as s')
    .leftJoin('organisations as o', 'o.id', 's.organisationId')
    .select(['s.stage', ...SUPPORT_COLUMNS])
    .where('s.pathwayId', '=', pathwayId)
    .orderBy('s.position')
    .execute()
}

export function fundingRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db.selectFrom('module_funding').select(['moduleId', 'source', 'notes']).where('moduleId', 'in', chunk).orderBy('moduleId').orderBy('position').execute(),
  )
}

export function credentialRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) => db.selectFrom('credentials').selectAll().where('id', 'in', chunk).orderBy('title').orderBy('uuid').execute())
}

// Credential ids reached from these by stacking (one step), with the target's uuid.
export function stackRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db
      .selectFrom('credential_stacks as s')
      .innerJoin('credentials as c', 'c.id', 's.toId')
      .select(['s.fromId', 's.toId', 'c.uuid'])
      .where('s.fromId', 'in', chunk)
      .orderBy('c.title')
      .orderBy('c.uuid')
      .execute(),
  )
}

export function credentialOccupationRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db.selectFrom('credential_occupations').select(['credentialId', 'socCode']).where('credentialId', 'in', chunk).orderBy('credentialId').orderBy('position').execute(),
  )
}

// Articulations into modules of the pathway whose source the reader may see.
export function articulationRows(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) =>
    db
      .selectFrom('articulations as a')
      .leftJoin('credentials as c', 'c.id', 'a.fromCredentialId')
      .select(['a.id', 'a.fromModuleId', 'a.fromCredentialId', 'c.uuid as fromCredential', 'a.toModuleId', 'a.kind', 'a.credits', 'a.description'])
      .where('a.toModuleId', 'in', chunk)
      .orderBy('a.toModuleId')
      .orderBy('a.id')
      .execute(),
  )
}

export function pathwayFrameworkRows(db: Db, pathwayId: number) {
  return db
    .selectFrom('pathway_frameworks as pf')
    .innerJoin('frameworks as f', 'f.id', 'pf.frameworkId')
    .select(['f.id', 'f.uuid', 'f.title'])
    .where('pf.pathwayId', '=', pathwayId)
    .orderBy('f.title')
    .orderBy('f.uuid')
    .execute()
}

export function frameworkRowsByIds(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('frameworks').select(['id', 'uuid', 'title']).where('id', 'in', ids).orderBy('title').orderBy('uuid').execute()
}
