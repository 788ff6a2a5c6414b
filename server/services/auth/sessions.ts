// Signing in and out, and finding the person behind a session cookie. Sessions live in the database so that
// several server processes share them; the cookie holds a random token and the table only its SHA-256.
import { createHash, randomBytes } from 'node:crypto'
import type { Actor } from '../../../shared/domain/permissions'
import type { LoginInput } from '../../../shared/schemas/account'
import type { Db } from '../../db/connect'
import {
  clearLoginFailures,
  countLoginFailures,
  deleteSession,
  findLiveSession,
  insertLoginFailures,
  insertSession,
  pruneExpired,
  touchSession,
} from '../../db/queries/sessions'
import { findUserForLogin, updateUser } from '../../db/queries/users'
import { AppError } from '../../errors'
import { UNUSABLE_HASH, verifyPassword } from './passwords'

const MINUTE = 60_000
export const SESSION_IDLE_MS = 12 * 60 * MINUTE
export const SESSION_MAX_MS = 7 * 24 * 60 * MINUTE
const TOUCH_EVERY_MS = 5 * MINUTE
export const LOGIN_WINDOW_MS = 15 * MINUTE
export const MAX_FAILURES_PER_ACCOUNT = 5
export const MAX_FAILURES_PER_ADDRESS = 30

export type SessionUser = Actor & { email: string; name: string }

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const iso = (ms: number) => new Date(ms).toISOString()

function expiryFrom(createdAtMs: number, nowMs: number): string {
  return iso(Math.min(nowMs + SESSION_IDLE_MS, createdAtMs + SESSION_MAX_MS))
}

// Checks the password and opens a session; refuses with 429 after too many recent failures.
export async function signIn(db: Db, input: LoginInput, address: string, clock = Date.now) {
  const nowMs = clock()
  const subjects = [`account:${input.email}`, `address:${address}`]
  await pruneExpired(db, iso(nowMs), iso(nowMs - LOGIN_WINDOW_MS))
  const failures = await countLoginFailures(db, subjects, iso(nowMs - LOGIN_WINDOW_MS))
  if ((failures.get(subjects[0]!) ?? 0) >= MAX_FAILURES_PER_ACCOUNT || (failures.get(subjects[1]!) ?? 0) >= MAX_FAILURES_PER_ADDRESS) {
    throw new AppError('too_many_attempts', 429, 'Too many failed sign-ins. Wait 15 minutes and try again.', {
      retryAfterSeconds: LOGIN_WINDOW_MS / 1000,
    })
  }
  const user = await findUserForLogin(db, input.email)
  const matches = await verifyPassword(input.password, user?.passwordHash ?? UNUSABLE_HASH)
  if (!user || !matches || user.disabled) {
    await insertLoginFailures(db, subjects, iso(nowMs))
    throw new AppError('invalid_credentials', 401, 'The email or the password is not right.')
  }
  await clearLoginFailures(db, subjects[0]!)
  const token = randomBytes(32).toString('base64url')
  const expiresAt = expiryFrom(nowMs, nowMs)
  await insertSession(db, { id: hashToken(token), userId: user.id, createdAt: iso(nowMs), lastSeenAt: iso(nowMs), expiresAt })
  await updateUser(db, user.id, { lastLoginAt: iso(nowMs) })
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId }
  return { token, expiresAt, user: sessionUser }
}

// The person behind a session token, or undefined; extends the session's idle expiry after activity.
export async function resolveSession(db: Db, token: string, clock = Date.now): Promise<SessionUser | undefined> {
  const nowMs = clock()
  const session = await findLiveSession(db, hashToken(token), iso(nowMs))
  if (!session) return undefined
  if (nowMs - Date.parse(session.lastSeenAt) > TOUCH_EVERY_MS) {
    await touchSession(db, session.id, iso(nowMs), expiryFrom(Date.parse(session.createdAt), nowMs))
  }
  return { id: session.userId, email: session.email, name: session.name, role: session.role, organisationId: session.organisationId }
}

// Ends the session of this token on the server.
export async function signOut(db: Db, token: string): Promise<void> {
  await deleteSession(db, hashToken(token))
}
