// Rate limits of the public reviewer endpoints, which anyone holding (or guessing) a link can call.
import type { Db } from '../../db/connect'
import { findInviteByTokenHash } from '../../db/queries/validation-campaigns'
import { enforceLimits } from '../rate-limit'
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
