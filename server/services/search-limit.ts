// The rate limit of searches by people who are not signed in: a search with words reads through an index, but
// a client could still send thousands a minute from a script. People signed in are accountable and not limited.
import type { Db } from '../db/connect'
import type { SessionUser } from './auth/sessions'
import { enforceLimits } from './rate-limit'

export type SearchLimits = { windowMs: number; perAddress: number }

// A person typing in a search box (each keystroke after a pause is one search) stays well below.
export const SEARCH_LIMITS: SearchLimits = { windowMs: 60_000, perAddress: 60 }

// Counts an anonymous search with words against its address; 429 with Retry-After once over the limit.
export async function limitAnonymousSearch(db: Db, user: SessionUser | undefined, q: string | undefined, address: string, limits: SearchLimits) {
  if (user || !q?.trim()) return
  await enforceLimits(db, [{ subject: `search-address:${address}`, limit: limits.perAddress }], limits.windowMs)
}
