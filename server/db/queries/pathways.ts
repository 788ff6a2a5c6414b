// SQL for pathways: the row, its target occupations, the frameworks it is held against, its module ladder.
import type { Actor } from '../../../shared/domain/permissions'
import type { DeliveryFormat } from '../../../shared/domain/vocabulary'
import type { Occupation, PathwayModulePlacement } from '../../../shared/schemas/pathway'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import type { PathwaysTable } from '../database'
import { fromFlag, newUuid, now, toFlag } from '../stamps'
import { moduleSummaryColumns } from './modules'
import { hiddenModuleIds, visibleTo, type Reader } from './visibility'
import { paginate } from './paginate'
import { deleteSupportsOfPathway } from './supports'
import { matchesAllWords, searchWords } from './text-search'
import { prepared } from '../prepared'

const pathwayColumns = [
  'pathways.id',
  'pathways.uuid',
  'pathways.slug',
  'pathways.title',
  'pathways.sector',
  'pathways.description',
  'pathways.organisationId',
  'pathways.version',
  'pathways.familyWageHourly',
  'pathways.familyWageSource',
  'pathways.familyWageRegion',
  'pathways.familyWageYear',
  'pathways.status',
  'pathways.approvedVersion',
  'pathways.createdAt',
  'pathways.updatedAt',
] as const

// A pathway's own columns as the services write them.
export type PathwayFields = Pick<PathwaysTable, 'slug' | 'title' | 'sector' | 'description'> & {
  organisationId?: number | null
  familyWageHourly?: number | null
  familyWageSource?: string | null
  familyWageRegion?: string | null
  familyWageYear?: number | null
  status?: 'draft' | 'approved'
  approvedVersion?: number | null
}

// One page of pathways by title, filtered by words of the title, sector or slug, each with its module count.
export async function listPathways(db: Db, filter: Page & { q?: string }) {
  const words = searchWords(filter.q)
  let query = db
    .selectFrom('pathways')
    .select(pathwayColumns)
    .select((eb) =>
      eb
        .selectFrom('pathway_modules')
        .whereRef('pathway_modules.pathwayId', '=', 'pathways.id')
        .select(eb.fn.countAll<number | string>().as('n'))
        .as('moduleCount'),
    )
  if (words.length) {
    query = query.where((eb) => matchesAllWords(eb, ['pathways.title', 'pathways.sector', 'pathways.slug'], words))
  }
  const page = await paginate(query.orderBy('pathways.title').orderBy('pathways.id'), filter)
  return { ...page, items: page.items.map((p) => ({ ...p, moduleCount: Number(p.moduleCount) })) }
}

// One pathway by id, or undefined.
export function findPathway(db: Db, id: number) {
  return db.selectFrom('pathways').select(pathwayColumns).where('id', '=', id).executeTakeFirst()
}

// One pathway by slug, or undefined.
export function findPathwayBySlug(db: Db, slug: string) {
  return db.selectFrom('pathways').select(pathwayColumns).where('slug', '=', slug).executeTakeFirst()
}

// The target occupations of these pathways, in their order.
export function occupationsOf(db: Db, pathwayIds: readonly number[]) {
  if (!pathwayIds.length) return Promise.resolve([])
  return db
    .selectFrom('pathway_occupations')
    .select(['pathwayId', 'socCode', 'title'])
    .where('pathwayId', 'in', pathwayIds)
    .orderBy('position')
    .orderBy('socCode')
    .execute()
}

// The frameworks a pathway is held against, each with its number of competencies.
export async function frameworksOfPathway(db: Db, pathwayId: number) {
  const rows = await db
    .selectFrom('pathway_frameworks as pf')
    .innerJoin('frameworks', 'frameworks.id', 'pf.frameworkId')
    .select(['frameworks.id', 'frameworks.title', 'frameworks.kind'])
    .select((eb) =>
      eb
        .selectFrom('competencies')
        .whereRef('competencies.frameworkId', '=', 'frameworks.id')
        .select(eb.fn.countAll<number | string>().as('n'))
        .as('competencyCount'),
    )
    .where('pf.pathwayId', '=', pathwayId)
    .orderBy('frameworks.title')
    .execute()
  return rows.map((f) => ({ ...f, competencyCount: Number(f.competencyCount) }))
}

// The modules placed in a pathway that the viewer may see, with their stage, position and entry/exit marks, ladder order.
export async function placementsOf(db: Db, pathwayId: number, viewer: Reader) {
  const rows = await db
    .selectFrom('pathway_modules as pm')
    .innerJoin('modules', 'modules.id', 'pm.moduleId')
    .select(moduleSummaryColumns)
    .select(['modules.organisationId', 'modules.version', 'pm.stage', 'pm.position', 'pm.isEntry', 'pm.isExit', 'modules.delivery'])
    .where('pm.pathwayId', '=', pathwayId)
    .where(visibleTo(viewer))
    .orderBy('pm.stage')
    .orderBy('pm.position')
    .orderBy('modules.code')
    .execute()
  return rows.map((r) => ({ ...r, isEntry: fromFlag(r.isEntry), isExit: fromFlag(r.isExit), delivery: JSON.parse(r.delivery) as DeliveryFormat[] }))
}

// The "module requires prerequisite" edges whose two ends are among these modules.
export function prerequisitesAmong(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return db
    .selectFrom('module_prerequisites')
    .select(['moduleId', 'prerequisiteId'])
    .where('moduleId', 'in', moduleIds)
    .where('prerequisiteId', 'in', moduleIds)
    .orderBy('moduleId')
    .orderBy('prerequisiteId')
    .execute()
}

// The pathways that place a module, with the stage it has in each.
const pathwaysOf = prepared((db, p: { moduleId: number }) =>
  db
    .selectFrom('pathway_modules as pm')
    .innerJoin('pathways', 'pathways.id', 'pm.pathwayId')
    .select(['pathways.id', 'pathways.slug', 'pathways.title', 'pm.stage'])
    .where('pm.moduleId', '=', p.moduleId)
    .orderBy('pathways.title'),
)

export function pathwaysPlacing(db: Db, moduleId: number) {
  return pathwaysOf(db, { moduleId })
}

// The frameworks among these ids that exist.
export function frameworksByIds(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('frameworks').select(['id', 'title']).where('id', 'in', ids).execute()
}

// Inserts a pathway and returns its id.
export async function insertPathway(db: Db, fields: PathwayFields, uuid = newUuid()): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('pathways')
    .values({ ...fields, uuid, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Writes the given fields and the stamp and bumps the version (also for a collection-only edit), only if the
// pathway is still at `version`; false otherwise.
export async function updatePathwayAtVersion(db: Db, id: number, version: number, fields: Partial<PathwayFields>): Promise<boolean> {
  const result = await db
    .updateTable('pathways')
    .set((eb) => ({ ...fields, version: eb('version', '+', 1), updatedAt: now() }))
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// Replaces the target occupations of a pathway, keeping the given order.
export async function replaceOccupations(db: Db, pathwayId: number, occupations: readonly Occupation[]): Promise<void> {
  await db.deleteFrom('pathway_occupations').where('pathwayId', '=', pathwayId).execute()
  if (!occupations.length) return
  await db
    .insertInto('pathway_occupations')
    .values(occupations.map((o, position) => ({ pathwayId, socCode: o.socCode, title: o.title, position })))
    .execute()
}

// Replaces the frameworks a pathway is held against.
export async function replaceFrameworks(db: Db, pathwayId: number, frameworkIds: readonly number[]): Promise<void> {
  await db.deleteFrom('pathway_frameworks').where('pathwayId', '=', pathwayId).execute()
  if (!frameworkIds.length) return
  await db
    .insertInto('pathway_frameworks')
    .values(frameworkIds.map((frameworkId) => ({ pathwayId, frameworkId })))
    .execute()
}

// Replaces the modules placed in a pathway. Placements of modules the viewer may not see (another organisation's drafts) are kept as they are: an editor
// cannot remove what it was never shown.
export async function replacePlacements(
  db: Db,
  pathwayId: number,
  placements: readonly PathwayModulePlacement[],
  viewer: Actor | null,
) {
  await db
    .deleteFrom('pathway_modules')
    .where('pathwayId', '=', pathwayId)
    .where('moduleId', 'not in', hiddenModuleIds(db, viewer))
    .execute()
  if (!placements.length) return
  await db
    .insertInto('pathway_modules')
    .values(
      placements.map((p) => ({
        pathwayId,
        moduleId: p.moduleId,
        stage: p.stage,
        position: p.position,
        isEntry: toFlag(p.isEntry),
        isExit: toFlag(p.isExit),
      })),
    )
    .execute()
}

// Deletes a pathway with its occupations, framework and module placements; modules themselves stay.
export async function deletePathway(db: Db, id: number): Promise<boolean> {
  await db.deleteFrom('pathway_occupations').where('pathwayId', '=', id).execute()
  await db.deleteFrom('pathway_frameworks').where('pathwayId', '=', id).execute()
  await db.deleteFrom('pathway_modules').where('pathwayId', '=', id).execute()
  await deleteSupportsOfPathway(db, id)
  const result = await db.deleteFrom('pathways').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}
