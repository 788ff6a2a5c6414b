// SQL for personal API tokens.
import type { Insertable } from 'kysely'
import type { Db } from '../connect'
import type { ApiTokensTable } from '../tables/accounts'

const LISTED = ['id', 'name', 'scope', 'prefix', 'createdAt', 'expiresAt', 'lastUsedAt'] as const

// Stores a new token and answers it as the list shows it.
export function insertApiToken(db: Db, token: Insertable<ApiTokensTable>) {
  return db.insertInto('api_tokens').values(token).returning(LISTED).executeTakeFirstOrThrow()
}

// A person's tokens, the latest first.
export function listApiTokensOf(db: Db, userId: number) {
  return db.selectFrom('api_tokens').select(LISTED).where('userId', '=', userId).orderBy('createdAt', 'desc').orderBy('id', 'desc').execute()
}

// A person's tokens that have not expired at this instant.
export async function countLiveApiTokensOf(db: Db, userId: number, at: string): Promise<number> {
  const row = await db
    .selectFrom('api_tokens')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('userId', '=', userId)
    .where('expiresAt', '>', at)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

// One token of this person, or undefined (another person's token reads as unknown).
export function findApiTokenOf(db: Db, userId: number, id: number) {
  return db.selectFrom('api_tokens').select(LISTED).where('userId', '=', userId).where('id', '=', id).executeTakeFirst()
}

// The live token with this hash and its person as they are now (role, organisation), or undefined when unknown,
// expired, or the person is disabled.
export function findLiveApiToken(db: Db, tokenHash: string, at: string) {
  return db
    .selectFrom('api_tokens')
    .innerJoin('users', 'users.id', 'api_tokens.userId')
    .select([
      'api_tokens.id',
      'api_tokens.scope',
      'api_tokens.lastUsedAt',
      'users.id as userId',
      'users.email',
      'users.name',
      'users.role',
      'users.organisationId',
    ])
    .where('api_tokens.tokenHash', '=', tokenHash)
    .where('api_tokens.expiresAt', '>', at)
    .where('users.disabled', '=', 0)
    .executeTakeFirst()
}

// Records that a token was used.
export async function touchApiToken(db: Db, id: number, at: string): Promise<void> {
  await db.updateTable('api_tokens').set({ lastUsedAt: at }).where('id', '=', id).execute()
}

// Removes one token of this person; answers whether there was one.
export async function deleteApiTokenOf(db: Db, userId: number, id: number): Promise<boolean> {
  const result = await db.deleteFrom('api_tokens').where('userId', '=', userId).where('id', '=', id).executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}
