// Request limits counted in the database in fixed windows, so that several server processes share them. Each
// count is one atomic upsert, so concurrent requests cannot slip past a limit.
import type { Db } from '../db/connect'
import { countHit, pruneWindows } from '../db/queries/rate-limit'
import { AppError } from '../errors'

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
