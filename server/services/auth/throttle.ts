// Sign-in throttling that an attacker cannot turn against the people they attack (OWASP's device cookies).
// A browser that has signed in to an account before holds a device cookie for it; its attempts count only
// against that device. Attempts from anywhere else count against the account and against the address they
// come from, so an attacker guessing a password locks out new devices only, never the person's own. Every
// attempt is counted before its password is checked, in one atomic upsert (services/rate-limit.ts), so
// concurrent guesses from any number of server processes cannot get more checks than the limit; a right
// password takes its count back, so the limits count failures only.
import type { Db } from '../../db/connect'
import { clearSubject } from '../../db/queries/rate-limit'
import { AppError } from '../../errors'
import { holdLimits, type Hold, type Limit } from '../rate-limit'

export const SIGN_IN_LIMITS = {
  windowMs: 15 * 60_000,
  // Failures on one account from devices it has not signed in on: someone guessing that person's password.
  perAccount: 5,
  // Failures from one address on devices new to the accounts tried: one machine guessing many accounts.
  perAddress: 30,
  // Failures on one known device: someone holding a copied device cookie.
  perDevice: 10,
}
export type SignInLimits = typeof SIGN_IN_LIMITS

// Where an attempt comes from: the address, and the device cookie's hash when it is known for the account.
export type AttemptSource = { email: string; address: string; knownDevice?: string }

const accountSubject = (email: string) => `sign-in-account:${email}`

const MESSAGES: Record<string, string> = {
  account: 'Too many failed sign-ins to this account from new devices.',
  address: 'Too many failed sign-ins from your network.',
  device: 'Too many failed sign-ins on this device.',
}

// The counters an attempt counts against: its device's alone when the device is known for the account.
export function attemptLimits(source: AttemptSource, limits: SignInLimits = SIGN_IN_LIMITS): Limit[] {
  if (source.knownDevice) return [{ subject: `sign-in-device:${source.knownDevice}`, limit: limits.perDevice }]
  return [
    { subject: accountSubject(source.email), limit: limits.perAccount },
    { subject: `sign-in-address:${source.address}`, limit: limits.perAddress },
  ]
}

// Counts an attempt before its password is checked; refuses with 429 when a counter is already at its limit.
export function holdAttempt(db: Db, source: AttemptSource, limits: SignInLimits = SIGN_IN_LIMITS, clock = Date.now): Promise<Hold> {
  return holdLimits(
    db,
    attemptLimits(source, limits),
    limits.windowMs,
    (retryAfterSeconds, over) => {
      const kind = over.subject.split(':')[0]!.replace('sign-in-', '')
      const wait = `Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again`
      const elsewhere = kind === 'device' ? '' : ', or sign in on a device you have signed in on before'
      return new AppError('too_many_attempts', 429, `${MESSAGES[kind]} ${wait}${elsewhere}.`, { retryAfterSeconds })
    },
    clock,
  )
}

// After a right password: the attempt does not count, and the lock on the account (if any) is lifted.
export async function forgiveAttempt(db: Db, hold: Hold, email: string): Promise<void> {
  await hold.release()
  await clearSubject(db, accountSubject(email))
}
