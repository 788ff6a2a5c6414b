// Rate limits of the public reviewer endpoints, which anyone holding (or guessing) a link can call. Counted in
// the database in fixed windows so that several server processes share them.
import type { Db } from '../../db/connect'
import { findInviteByTokenHash } from '../../db/queries/validation-campaigns'
import { countHit, pruneWindows } from '../../db/queries/validation-rate-limit'
import { AppError } from '../../errors'
import { hashToken } from './tokens'

export const REVIEW_LIMITS = {
  windowMs: 15 * 60_000,
  // Requests with one token: rating 200 competencies, changing some and reloading stays far below.
  perToken: 600,
  // Requests from one address, whatever the token: several colleagues behind one office address fit.
  perAddress: 2000,
  // Requests from one address with a token that opens nothing: a person mistyping a link, not a guesser.
  unknownPerAddress: 20,
} as const

export type ReviewLimits = { windowMs: number; perToken: number; perAddress: number; unknownPerAddress: number }

const windowStart = (nowMs: number, windowMs: number) => new Date(nowMs - (nowMs % windowMs)).toISOString()

// Counts a request against each subject and refuses with 429 once any of them is over its limit.
export async function enforceLimits(db: Db, counts: { subject: string; limit: number }[], windowMs: number, clock = Date.now): Promise<void> {
  const nowMs = clock()
  const start = windowStart(nowMs, windowMs)
  let over = false
  for (const { subject, limit } of counts) {
    const hits = await countHit(db, subject, start)
    // The first request of a window tidies away the windows before the previous one.
    if (hits === 1) await pruneWindows(db, new Date(Date.parse(start) - windowMs).toISOString())
    if (hits > limit) over = true
  }
  if (over) {
    const retryAfterSeconds = Math.ceil((Date.parse(start) + windowMs - nowMs) / 1000)
    throw new AppError('too_many_requests', 429, `Too many requests. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`, {
      retryAfterSeconds,
    })
  }
}

// Counts one reviewer request against its token (or, for a token that opens nothing, against the address's
// misses) and against its address.
export async function limitReviewRequest(db: Db, token: string, address: string, limits: ReviewLimits = REVIEW_LIMITS): Promise<void> {
  const tokenHash = hashToken(token)
  const known = (await findInviteByTokenHash(db, tokenHash)) !== undefined
  await enforceLimits(
    db,
    [
      known ? { subject: `review-token:${tokenHash}`, limit: limits.perToken } : { subject: `review-miss:${address}`, limit: limits.unknownPerAddress },
      { subject: `review-address:${address}`, limit: limits.perAddress },
    ],
    limits.windowMs,
  )
}
