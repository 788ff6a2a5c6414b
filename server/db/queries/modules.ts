// SQL for modules: the rows themselves, their prerequisites, and what still points at them.
import type { Actor } from '../../../shared/domain/permissions'
import type { ModuleQuery } from '../../../shared/schemas/module'
import type { Db } from '../connect'
import type { NewModuleRow } from '../database'
import { newUuid, now } from '../stamps'
import { deleteBridgeTargetsOf } from './bridge-targets'
import { paginate } from './paginate'
import { deleteSupportsOfModule } from './supports'
import { matchesAllWords, searchWords } from './text-search'
import { hiddenModuleIds, visibleTo } from './visibility'
import { prepared, preparedForReader } from '../prepared'

// The columns a module shows wherever it is listed (pathway stages, search results).
export const moduleSummaryColumns = [
  'modules.id',
  'modules.code',
  'modules.title',
  'modules.level',
  'modules.kind',
  'modules.clockHours',
  'modules.credits',
  'modules.entryLevel',
  'modules.status',
  'modules.durationWeeks',
  'modules.costToStudent',
  'modules.approvedVersion',
] as const

const moduleColumns = [
  ...moduleSummaryColumns,
  'modules.uuid',
  'modules.version',
  'modules.organisationId',
  'modules.teamTaughtShare',
  'modules.createdAt',
  'modules.updatedAt',
] as const

// A module's own columns as the services write them (description already serialised).
export type ModuleFields = Omit<NewModuleRow, 'id' | 'uuid' | 'version' | 'createdAt' | 'updatedAt'>

// One page of the modules a viewer may see, by code, filtered by words of the code or title, level, kind, status
// and owning organisation.
export function listModules(db: Db, query: ModuleQuery, viewer: Actor | null) {
  const words = searchWords(query.q)
  let select = db.selectFrom('modules').select(moduleColumns).where(visibleTo(viewer))
  if (words.length) select = select.where((eb) => matchesAllWords(eb, ['modules.code', 'modules.title'], words))
  if (query.level) select = select.where('modules.level', '=', query.level)
  if (query.kind) select = select.where('modules.kind', '=', query.kind)
  if (query.status) select = select.where('modules.status', '=', query.status)
  if (query.organisationId) select = select.where('modules.organisationId', '=', query.organisationId)
  return paginate(select.orderBy('modules.code').orderBy('modules.id'), query)
}

// One module with its stored description and delivery formats (JSON text), or undefined.
const moduleById = prepared((db, p: { id: number }) =>
  db.selectFrom('modules').select(moduleColumns).select(['modules.description', 'modules.delivery']).where('id', '=', p.id),
)

export async function findModule(db: Db, id: number) {
  return (await moduleById(db, { id }))[0]
}

// The module that uses this code, or undefined.
export function findModuleByCode(db: Db, code: string) {
  return db.selectFrom('modules').select(['id', 'code']).where('code', '=', code).executeTakeFirst()
}

// The modules among these ids that exist and the reader may see, with their codes: a hidden draft is as absent
// as a missing row, so every reference check that uses this refuses both alike.
export function modulesByIds(db: Db, ids: readonly number[], reader: Actor | null) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('modules').select(['id', 'code']).where('id', 'in', ids).where(visibleTo(reader)).execute()
}

// Modules by id, with code, title and level, that the reader may see (the prerequisites a revision kept).
export function moduleSummariesByIds(db: Db, ids: readonly number[], reader: Actor | null) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('modules').select(['id', 'code', 'title', 'level']).where('id', 'in', ids).where(visibleTo(reader)).orderBy('code').execute()
}

// Inserts a module at version 1 and returns its id.
export async function insertModule(db: Db, fields: ModuleFields, uuid = newUuid()): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('modules')
    .values({ ...fields, uuid, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Writes the given fields and bumps the version, only if the module is still at `version`; false otherwise.
export async function updateModuleAtVersion(db: Db, id: number, version: number, fields: Partial<ModuleFields>) {
  const result = await db
    .updateTable('modules')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updatedAt: now() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// The modules a module requires that the reader may see, by code.
const prerequisitesFor = preparedForReader((db, values: { moduleId: number }, reader) =>
  db
    .selectFrom('module_prerequisites as p')
    .innerJoin('modules', 'modules.id', 'p.prerequisiteId')
    .select(['modules.id', 'modules.code', 'modules.title', 'modules.level'])
    .where('p.moduleId', '=', values.moduleId)
    .where(visibleTo(reader))
    .orderBy('modules.code'),
)

export function prerequisitesOf(db: Db, moduleId: number, reader: Actor | null) {
  return prerequisitesFor(db, { moduleId }, reader)
}

// Every "module requires prerequisite" edge, for finding loops.
export function prerequisiteEdges(db: Db) {
  return db.selectFrom('module_prerequisites').select(['moduleId as fromId', 'prerequisiteId as toId']).execute()
}

// Replaces the prerequisites of a module that the editor may see; those the editor was never shown (another
// organisation's drafts) stay as they are.
export async function replacePrerequisites(db: Db, moduleId: number, prerequisiteIds: readonly number[], editor: Actor) {
  await db
    .deleteFrom('module_prerequisites')
    .where('moduleId', '=', moduleId)
    .where('prerequisiteId', 'not in', hiddenModuleIds(db, editor))
    .execute()
  if (!prerequisiteIds.length) return
  await db
    .insertInto('module_prerequisites')
    .values(prerequisiteIds.map((prerequisiteId) => ({ moduleId, prerequisiteId })))
    .execute()
}

// What still points at a module: pathways placing it, modules requiring it (with what decides who may see them).
export async function moduleReferences(db: Db, id: number) {
  const [pathways, dependents] = await Promise.all([
    db
      .selectFrom('pathway_modules')
      .innerJoin('pathways', 'pathways.id', 'pathway_modules.pathwayId')
      .where('pathway_modules.moduleId', '=', id)
      .select(['pathways.id', 'pathways.title'])
      .orderBy('pathways.title')
      .execute(),
    db
      .selectFrom('module_prerequisites as p')
      .innerJoin('modules', 'modules.id', 'p.moduleId')
      .where('p.prerequisiteId', '=', id)
      .select(['modules.id', 'modules.code', 'modules.status', 'modules.organisationId', 'modules.approvedVersion'])
      .orderBy('modules.code')
      .execute(),
  ])
  return { pathways, dependents }
}

// Deletes a module with its outcomes, alignments, prerequisites and credential links (references checked).
export async function deleteModule(db: Db, id: number): Promise<void> {
  await db.deleteFrom('alignments').where('moduleId', '=', id).execute()
  await db.deleteFrom('outcomes').where('moduleId', '=', id).execute()
  await db.deleteFrom('module_prerequisites').where('moduleId', '=', id).execute()
  await db.deleteFrom('module_credentials').where('moduleId', '=', id).execute()
  await deleteBridgeTargetsOf(db, id)
  await deleteSupportsOfModule(db, id)
  await db.deleteFrom('modules').where('id', '=', id).execute()
}
