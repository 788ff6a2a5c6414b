// SQL that finds what a package refers to by uuid, code or name: frameworks and their competencies, modules,
// credentials, partner organisations, occupations and articulations; each list is read in chunks.
import type { Db } from '../connect'
import { inChunks } from './package-read'

const CHUNK = 5_000
async function byValues<T>(values: readonly string[], read: (chunk: string[]) => Promise<T[]>): Promise<T[]> {
  let out: T[] = []
  for (let at = 0; at < values.length; at += CHUNK) out = out.concat(await read(values.slice(at, at + CHUNK)))
  return out
}

export function frameworksByUuids(db: Db, uuids: readonly string[]) {
  if (!uuids.length) return Promise.resolve([])
  return db.selectFrom('frameworks').select(['id', 'uuid', 'title']).where('uuid', 'in', uuids).execute()
}

export function competenciesOfFrameworks(db: Db, ids: readonly number[]) {
  return inChunks(ids, (chunk) => db.selectFrom('competencies').select(['id', 'uuid', 'code', 'frameworkId']).where('frameworkId', 'in', chunk).execute())
}

const moduleColumns = ['id', 'uuid', 'code', 'kind', 'status', 'version', 'organisationId', 'approvedVersion'] as const

export async function modulesByCodesOrUuids(db: Db, codes: readonly string[], uuids: readonly string[]) {
  const [byCode, byUuid] = await Promise.all([
    byValues(codes, (chunk) => db.selectFrom('modules').select(moduleColumns).where('code', 'in', chunk).execute()),
    byValues(uuids, (chunk) => db.selectFrom('modules').select(moduleColumns).where('uuid', 'in', chunk).execute()),
  ])
  return [...byCode, ...byUuid]
}

export function outcomesByUuids(db: Db, uuids: readonly string[]) {
  return byValues(uuids, (chunk) => db.selectFrom('outcomes').select(['id', 'uuid', 'moduleId']).where('uuid', 'in', chunk).execute())
}

export function credentialsByUuids(db: Db, uuids: readonly string[]) {
  return byValues(uuids, (chunk) => db.selectFrom('credentials').select(['id', 'uuid', 'organisationId']).where('uuid', 'in', chunk).execute())
}

export function organisationsByNames(db: Db, names: readonly string[]) {
  if (!names.length) return Promise.resolve([])
  return db.selectFrom('organisations').select(['id', 'name']).where('name', 'in', names).execute()
}

export async function knownOccupations(db: Db, codes: readonly string[]): Promise<Set<string>> {
  const rows = await byValues(codes, (chunk) => db.selectFrom('occupations').select('socCode').where('socCode', 'in', chunk).execute())
  return new Set(rows.map((r) => r.socCode))
}

export function pathwayByUuidOrSlug(db: Db, uuid: string | undefined, slug: string) {
  return db
    .selectFrom('pathways')
    .select(['id', 'uuid', 'slug', 'title', 'status', 'version', 'organisationId'])
    .where((eb) => eb.or([eb('slug', '=', slug), ...(uuid ? [eb('uuid', '=', uuid)] : [])]))
    .execute()
}

export function articulationsInto(db: Db, moduleIds: readonly number[]) {
  return inChunks(moduleIds, (chunk) =>
    db.selectFrom('articulations').select(['id', 'fromModuleId', 'fromCredentialId', 'toModuleId', 'kind', 'credits', 'description', 'organisationId']).where('toModuleId', 'in', chunk).execute(),
  )
}

export function allPrerequisiteEdges(db: Db) {
  return db.selectFrom('module_prerequisites').select(['moduleId as fromId', 'prerequisiteId as toId']).execute()
}

export function allStackEdges(db: Db) {
  return db.selectFrom('credential_stacks').select(['fromId', 'toId']).execute()
}
