// Personal API tokens: scripts act as their person with `Authorization: Bearer rungs_…`. The secret is shown
// once; the table keeps its SHA-256, so a copy of the database lets nobody in. A token carries the rights its
// person has at the moment of each request (never more), and a read-only one only reads.
import { createHash, randomBytes } from 'node:crypto'
import { expiryProblem, TOKEN_MAX_PER_PERSON, TOKEN_PREFIX, type ApiTokenInput, type TokenScope } from '../../../shared/schemas/api-tokens'
import type { Db } from '../../db/connect'
import {
  countLiveApiTokensOf,
  deleteApiTokenOf,
  findApiTokenOf,
  findLiveApiToken,
  insertApiToken,
  listApiTokensOf,
  touchApiToken,
} from '../../db/queries/api-tokens'
import { findUser } from '../../db/queries/users'
import { AppError, Conflict, Invalid, NotFound } from '../../errors'
import { recordAudit } from '../audit'
import type { SessionUser } from './sessions'

// Last use is written at most this often, so that a busy script does not write on every request.
const TOUCH_EVERY_MS = 60_000
// Characters of the secret kept in clear, so a person can tell their tokens apart ("rungs_Ab3dE…").
const SHOWN_CHARACTERS = TOKEN_PREFIX.length + 6

const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex')
const iso = (ms: number) => new Date(ms).toISOString()

export type TokenHolder = { user: SessionUser; token: { id: number; scope: TokenScope } }

// Creates a token for the person and answers it with its secret, which is never shown again.
export async function createApiToken(db: Db, person: SessionUser, input: ApiTokenInput, clock = Date.now) {
  const nowMs = clock()
  const problem = expiryProblem(input.expiresOn, nowMs)
  if (problem) throw new Invalid(`expiresOn: ${problem}`, { issues: [{ path: 'expiresOn', message: problem }] })
  if ((await countLiveApiTokensOf(db, person.id, iso(nowMs))) >= TOKEN_MAX_PER_PERSON) {
    throw new Conflict('too_many_tokens', `You hold ${TOKEN_MAX_PER_PERSON} live API tokens, the most one person may; revoke one first.`)
  }
  const secret = TOKEN_PREFIX + randomBytes(32).toString('base64url')
  const created = await insertApiToken(db, {
    userId: person.id,
    name: input.name,
    scope: input.scope,
    tokenHash: hashSecret(secret),
    prefix: secret.slice(0, SHOWN_CHARACTERS),
    createdAt: iso(nowMs),
    expiresAt: `${input.expiresOn}T23:59:59.999Z`,
    lastUsedAt: null,
  })
  await recordAudit(db, person, {
    action: 'create',
    table: 'api_tokens',
    rowId: created.id,
    summary: `Created API token "${created.name}" (${created.scope})`,
    after: created,
  })
  return { ...created, secret }
}

// The person's tokens (without secrets), each marked expired or not at this instant.
export async function listApiTokens(db: Db, person: { id: number }, clock = Date.now) {
  const at = iso(clock())
  const items = (await listApiTokensOf(db, person.id)).map((t) => ({ ...t, expired: t.expiresAt <= at }))
  return { items }
}

// Revokes one of the person's own tokens; someone else's reads as unknown.
export async function revokeApiToken(db: Db, person: SessionUser, id: number): Promise<void> {
  const token = await findApiTokenOf(db, person.id, id)
  if (!token || !(await deleteApiTokenOf(db, person.id, id))) throw new NotFound('API token', id)
  await recordAudit(db, person, { action: 'delete', table: 'api_tokens', rowId: id, summary: `Revoked API token "${token.name}"`, before: token })
}

// For an admin: anyone's tokens (without secrets), each marked expired or not; 404 for an unknown person.
export async function listTokensOfPerson(db: Db, userId: number, clock = Date.now) {
  const owner = await findUser(db, userId)
  if (!owner) throw new NotFound('User', userId)
  return listApiTokens(db, owner, clock)
}

// For an admin: revokes a token of any person, audited under the admin with the owner named.
export async function revokeTokenOfPerson(db: Db, admin: SessionUser, userId: number, id: number): Promise<void> {
  const owner = await findUser(db, userId)
  const token = owner && (await findApiTokenOf(db, userId, id))
  if (!token || !(await deleteApiTokenOf(db, userId, id))) throw new NotFound('API token', id)
  await recordAudit(db, admin, {
    action: 'delete',
    table: 'api_tokens',
    rowId: id,
    summary: `Revoked API token "${token.name}" of ${owner.email}`,
    before: { ...token, userId },
  })
}

// The person and token behind a secret sent as a Bearer token; 401 when it is unknown, expired, revoked or its
// person is disabled (one answer for all, so a guess learns nothing).
export async function resolveApiToken(db: Db, secret: string, clock = Date.now): Promise<TokenHolder> {
  const nowMs = clock()
  const found = secret.startsWith(TOKEN_PREFIX) ? await findLiveApiToken(db, hashSecret(secret), iso(nowMs)) : undefined
  if (!found) throw new AppError('invalid_token', 401, 'This API token is unknown, expired or revoked.')
  if (found.lastUsedAt === null || nowMs - Date.parse(found.lastUsedAt) > TOUCH_EVERY_MS) await touchApiToken(db, found.id, iso(nowMs))
  const user: SessionUser = { id: found.userId, email: found.email, name: found.name, role: found.role, organisationId: found.organisationId }
  return { user, token: { id: found.id, scope: found.scope } }
}
