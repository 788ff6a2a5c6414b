// Signing in and out, and finding the person behind a session cookie. Sessions live in the database so that
// several server processes share them; the cookie holds a random token and the table only its SHA-256.
import { createHash, randomBytes } from 'node:crypto'
import type { Actor } from '../../../shared/domain/permissions'
import type { LoginInput } from '../../../shared/schemas/account'
import type { Db } from '../../db/connect'
import { deleteSession, findLiveSession, insertSession, touchSession } from '../../db/queries/sessions'
import { findDeviceOwner, saveDevice } from '../../db/queries/sign-in-devices'
import { findUserForLogin, updateUser } from '../../db/queries/users'
import { AppError } from '../../errors'
import { UNUSABLE_HASH, verifyPassword } from './passwords'
import { forgiveAttempt, holdAttempt, SIGN_IN_LIMITS, type SignInLimits } from './throttle'

const MINUTE = 60_000
export const SESSION_IDLE_MS = 12 * 60 * MINUTE
export const SESSION_MAX_MS = 7 * 24 * 60 * MINUTE
const TOUCH_EVERY_MS = 5 * MINUTE
// A device stays known for an account this long after its last sign-in there.
export const DEVICE_REMEMBERED_MS = 180 * 24 * 60 * MINUTE

export type SessionUser = Actor & { email: string; name: string }

// Where a sign-in comes from: the client's address, and the device cookie the browser sent, if any.
export type SignInSource = { address: string; deviceToken?: string }

export type SignInOptions = {
  clock?: () => number
  // Checks a password against a stored hash (tests count the checks).
  verify?: (password: string, stored: string) => Promise<boolean>
  limits?: SignInLimits
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const newToken = () => randomBytes(32).toString('base64url')
const iso = (ms: number) => new Date(ms).toISOString()

function expiryFrom(createdAtMs: number, nowMs: number): string {
  return iso(Math.min(nowMs + SESSION_IDLE_MS, createdAtMs + SESSION_MAX_MS))
}

// Checks the password and opens a session. The attempt is counted before the password is checked and refused
// with 429 over the limits (services/auth/throttle.ts); a device the account signed in on before is held only
// to its own limit. Answers the session and the device token to keep in the browser.
export async function signIn(db: Db, input: LoginInput, source: SignInSource, options: SignInOptions = {}) {
  const { clock = Date.now, verify = verifyPassword, limits = SIGN_IN_LIMITS } = options
  const nowMs = clock()
  const user = await findUserForLogin(db, input.email)
  const deviceHash = source.deviceToken ? hashToken(source.deviceToken) : undefined
  const deviceOwner = deviceHash ? await findDeviceOwner(db, deviceHash) : undefined
  const knownDevice = user !== undefined && deviceOwner === user.id ? deviceHash : undefined
  const hold = await holdAttempt(db, { email: input.email, address: source.address, knownDevice }, limits, clock)
  const matches = await verify(input.password, user?.passwordHash ?? UNUSABLE_HASH)
  if (!user || !matches || user.disabled) {
    throw new AppError('invalid_credentials', 401, 'The email or the password is not right.')
  }
  await forgiveAttempt(db, hold, input.email)
  const deviceToken = knownDevice ? source.deviceToken! : newToken()
  await saveDevice(db, hashToken(deviceToken), user.id, iso(nowMs))
  const token = newToken()
  const expiresAt = expiryFrom(nowMs, nowMs)
  await insertSession(db, { id: hashToken(token), userId: user.id, createdAt: iso(nowMs), lastSeenAt: iso(nowMs), expiresAt })
  await updateUser(db, user.id, { lastLoginAt: iso(nowMs) })
  const sessionUser: SessionUser = { id: user.id, email: user.email, name: user.name, role: user.role, organisationId: user.organisationId }
  return { token, expiresAt, user: sessionUser, deviceToken }
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
