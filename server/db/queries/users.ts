// SQL for people and organisations.
import type { Role } from '../../../shared/domain/permissions'
import type { OrganisationInput } from '../../../shared/schemas/account'
import type { Page } from '../../../shared/schemas/common'
import { PostgresAdapter } from 'kysely'
import type { Db } from '../connect'
import { newUuid, now } from '../stamps'
import { paginate } from './paginate'
import { matchesAllWords, searchWords } from './text-search'

const publicColumns = [
  'users.id',
  'users.uuid',
  'users.email',
  'users.name',
  'users.role',
  'users.organisationId',
  'users.disabled',
  'users.lastLoginAt',
  'users.createdAt',
] as const

function usersWithOrganisation(db: Db) {
  return db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisationId')
    .select(publicColumns)
    .select('organisations.name as organisationName')
}

// One page of people, by name, optionally matching words of name or email or having a role.
export function listUsers(db: Db, filter: Page & { q?: string; role?: Role }) {
  let query = usersWithOrganisation(db)
  const words = searchWords(filter.q)
  if (words.length) query = query.where((eb) => matchesAllWords(eb, ['users.name', 'users.email'], words))
  if (filter.role) query = query.where('users.role', '=', filter.role)
  return paginate(query.orderBy('users.name').orderBy('users.id'), filter)
}

// A person without the password hash, or undefined.
export function findUser(db: Db, id: number) {
  return usersWithOrganisation(db).where('users.id', '=', id).executeTakeFirst()
}

// People by id without their password hashes (those that exist).
export function usersByIds(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return usersWithOrganisation(db).where('users.id', 'in', [...ids]).execute()
}

// A person with the password hash, for signing in.
export function findUserForLogin(db: Db, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst()
}

export type NewUser = { email: string; name: string; passwordHash: string; role: Role; organisationId: number | null }

// Inserts a person and returns the id.
export async function insertUser(db: Db, user: NewUser): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('users')
    .values({ ...user, uuid: newUuid(), disabled: 0, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export type UserChanges = Partial<{ name: string; passwordHash: string; role: Role; organisationId: number | null; disabled: number; lastLoginAt: string }>

// Updates a person's fields.
export async function updateUser(db: Db, id: number, changes: UserChanges): Promise<void> {
  await db.updateTable('users').set({ ...changes, updatedAt: now() }).where('id', '=', id).execute()
}

// The ids of the active (not disabled) admins. On PostgreSQL their rows stay locked until the caller's
// transaction ends, so two admins cannot each demote the other at once and leave none; SQLite runs one write
// transaction at a time anyway.
export async function lockActiveAdmins(db: Db): Promise<number[]> {
  const query = db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).orderBy('id')
  const rows = await (db.getExecutor().adapter instanceof PostgresAdapter ? query.forUpdate() : query).execute()
  return rows.map((r) => r.id)
}

// Every organisation, by name.
export function listOrganisations(db: Db) {
  return db.selectFrom('organisations').select(['id', 'uuid', 'name', 'kind']).orderBy('name').execute()
}

// The active people of an organisation, by name: those who may be named its reviewers.
export function activeMembersOf(db: Db, organisationId: number) {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'role'])
    .where('organisationId', '=', organisationId)
    .where('disabled', '=', 0)
    .orderBy('name')
    .orderBy('id')
    .execute()
}

// One organisation, or undefined.
export function findOrganisation(db: Db, id: number) {
  return db.selectFrom('organisations').select(['id', 'uuid', 'name', 'kind']).where('id', '=', id).executeTakeFirst()
}

// The organisation with this name, or undefined.
export function findOrganisationByName(db: Db, name: string) {
  return db.selectFrom('organisations').select(['id', 'uuid', 'name', 'kind']).where('name', '=', name).executeTakeFirst()
}

// Inserts an organisation and returns its id.
export async function insertOrganisation(db: Db, input: OrganisationInput): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('organisations')
    .values({ ...input, uuid: newUuid(), createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
