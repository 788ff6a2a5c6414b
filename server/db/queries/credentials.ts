// SQL for credentials, the modules that lead to them and how they stack.
import type { Actor } from '../../../shared/domain/permissions'
import type { CredentialKind } from '../../../shared/domain/vocabulary'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import type { CredentialsTable } from '../database'
import { fromFlag, newUuid, now } from '../stamps'
import { paginate } from './paginate'
import { matchesAllWords, searchWords } from './text-search'
import { visibleModuleIds, visibleTo } from './visibility'
import { prepared } from '../prepared'

const credentialColumns = [
  'credentials.id',
  'credentials.uuid',
  'credentials.title',
  'credentials.kind',
  'credentials.issuer',
  'credentials.industryRecognised',
  'credentials.description',
  'credentials.organisationId',
  'credentials.createdAt',
  'credentials.updatedAt',
] as const

// A credential's own columns as the services write them.
export type CredentialFields = Pick<CredentialsTable, 'title' | 'kind' | 'issuer' | 'industryRecognised' | 'description'>

// A new credential's columns, with the organisation that owns it.
export type NewCredentialFields = CredentialFields & { organisationId: number | null }

const withFlag = <T extends { industryRecognised: number }>({ industryRecognised, ...row }: T) => ({
  ...(row as Omit<T, 'industryRecognised'>),
  industryRecognised: fromFlag(industryRecognised),
})

// One page of credentials by title, filtered by words of the title or issuer and by kind.
export async function listCredentials(db: Db, filter: Page & { q?: string; kind?: CredentialKind }) {
  const words = searchWords(filter.q)
  let query = db.selectFrom('credentials').select(credentialColumns)
  if (words.length) query = query.where((eb) => matchesAllWords(eb, ['credentials.title', 'credentials.issuer'], words))
  if (filter.kind) query = query.where('credentials.kind', '=', filter.kind)
  const page = await paginate(query.orderBy('credentials.title').orderBy('credentials.id'), filter)
  return { ...page, items: page.items.map(withFlag) }
}

// One credential, or undefined.
export async function findCredential(db: Db, id: number) {
  const row = await db.selectFrom('credentials').select(credentialColumns).where('id', '=', id).executeTakeFirst()
  return row && withFlag(row)
}

// The credentials among these ids that exist, with their titles.
export function credentialsByIds(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('credentials').select(['id', 'title']).where('id', 'in', ids).execute()
}

// Inserts a credential and returns its id.
export async function insertCredential(db: Db, fields: NewCredentialFields, uuid = newUuid()): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('credentials')
    .values({ ...fields, uuid, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Updates the given fields; false when no such credential exists.
export async function updateCredential(db: Db, id: number, fields: Partial<CredentialFields>): Promise<boolean> {
  const result = await db
    .updateTable('credentials')
    .set({ ...fields, updatedAt: now() })
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// Every "stacks into" edge, for finding loops and drawing road maps.
export function stackEdges(db: Db) {
  return db.selectFrom('credential_stacks').select(['fromId', 'toId']).execute()
}

// The credentials one stacks into and those that stack into it.
export async function stacksAround(db: Db, id: number) {
  const ends = (side: 'fromId' | 'toId', other: 'fromId' | 'toId') =>
    db
      .selectFrom('credential_stacks as s')
      .innerJoin('credentials', 'credentials.id', `s.${other}`)
      .select(['credentials.id', 'credentials.title', 'credentials.kind'])
      .where(`s.${side}`, '=', id)
      .orderBy('credentials.title')
      .execute()
  const [stacksInto, stackedFrom] = await Promise.all([ends('fromId', 'toId'), ends('toId', 'fromId')])
  return { stacksInto, stackedFrom }
}

// Replaces the credentials that one stacks into.
export async function replaceStacks(db: Db, fromId: number, toIds: readonly number[]): Promise<void> {
  await db.deleteFrom('credential_stacks').where('fromId', '=', fromId).execute()
  if (!toIds.length) return
  await db
    .insertInto('credential_stacks')
    .values(toIds.map((toId) => ({ fromId, toId })))
    .execute()
}

// The credentials that these modules lead to, one row per module and credential.
export async function credentialsOfModules(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return []
  const rows = await selectModuleCredentials(db).where('mc.moduleId', 'in', moduleIds).orderBy('credentials.title').orderBy('credentials.id').execute()
  return rows.map(withFlag)
}

const selectModuleCredentials = (db: Db) =>
  db
    .selectFrom('module_credentials as mc')
    .innerJoin('credentials', 'credentials.id', 'mc.credentialId')
    .select(['mc.moduleId', 'credentials.id', 'credentials.title', 'credentials.kind', 'credentials.industryRecognised'])

const credentialsOf = prepared((db, p: { moduleId: number }) =>
  selectModuleCredentials(db).where('mc.moduleId', '=', p.moduleId).orderBy('credentials.title').orderBy('credentials.id'),
)

// The credentials one module leads to (a module page), as credentialsOfModules.
export async function credentialsOfModule(db: Db, moduleId: number) {
  return (await credentialsOf(db, { moduleId })).map(withFlag)
}

// Credentials by id with their issuer, for road maps.
export async function credentialDetails(db: Db, ids: readonly number[]) {
  if (!ids.length) return []
  const rows = await db
    .selectFrom('credentials')
    .select(['id', 'title', 'kind', 'issuer', 'industryRecognised'])
    .where('id', 'in', ids)
    .orderBy('title')
    .orderBy('id')
    .execute()
  return rows.map(withFlag)
}

// Replaces the credentials a module leads to.
export async function replaceModuleCredentials(db: Db, moduleId: number, credentialIds: readonly number[]): Promise<void> {
  await db.deleteFrom('module_credentials').where('moduleId', '=', moduleId).execute()
  if (!credentialIds.length) return
  await db
    .insertInto('module_credentials')
    .values(credentialIds.map((credentialId) => ({ moduleId, credentialId })))
    .execute()
}

// The modules that lead to a credential that the reader may see, by code.
export function modulesLeadingTo(db: Db, credentialId: number, reader: Actor | null) {
  return db
    .selectFrom('module_credentials as mc')
    .innerJoin('modules', 'modules.id', 'mc.moduleId')
    .select(['modules.id', 'modules.code', 'modules.title', 'modules.level'])
    .where('mc.credentialId', '=', credentialId)
    .where(visibleTo(reader))
    .orderBy('modules.code')
    .execute()
}

// Articulations that grant credit for holding a credential, into a module the reader may see, with that module.
export function articulationsFromCredential(db: Db, credentialId: number, reader: Actor | null) {
  return db
    .selectFrom('articulations')
    .innerJoin('modules', 'modules.id', 'articulations.toModuleId')
    .select(['articulations.id', 'modules.code as toModuleCode'])
    .where('articulations.fromCredentialId', '=', credentialId)
    .where('articulations.toModuleId', 'in', visibleModuleIds(db, reader))
    .orderBy('articulations.id')
    .execute()
}

// How many modules lead to a credential and how many articulations start from it, seen or not.
export async function credentialUseCounts(db: Db, credentialId: number) {
  const counts = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('module_credentials').select(eb.fn.countAll<number | string>().as('n')).where('credentialId', '=', credentialId).as('modules'),
      eb.selectFrom('articulations').select(eb.fn.countAll<number | string>().as('n')).where('fromCredentialId', '=', credentialId).as('articulations'),
    ])
    .executeTakeFirstOrThrow()
  return { modules: Number(counts.modules), articulations: Number(counts.articulations) }
}

// Deletes a credential (the caller has checked that nothing points at it).
export async function deleteCredential(db: Db, id: number): Promise<void> {
  await db.deleteFrom('credentials').where('id', '=', id).execute()
}
