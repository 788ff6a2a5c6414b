// Request limits counted in the database in fixed windows, so that several server processes share them. Each
// count is one atomic upsert made before the work it limits, so concurrent requests cannot slip past a limit;
// old windows are tidied away in the background (services/maintenance.ts).
import type { Db } from '../db/connect'
import { countHit, uncountHit } from '../db/queries/rate-limit'
import { AppError } from '../errors'

export type Limit = { subject: string; limit: number }

// Requests counted by holdLimits; release() takes them back when they turn out not to count.
export type Hold = { release: () => Promise<void> }

// Builds the 429 a refused request gets, from the seconds until its window ends and the limit it is over.
export type Refusal = (retryAfterSeconds: number, over: Limit) => AppError

const windowStart = (nowMs: number, windowMs: number) => new Date(nowMs - (nowMs % windowMs)).toISOString()

const tooManyRequests: Refusal = (retryAfterSeconds) =>
  new AppError('too_many_requests', 429, `Too many requests. Wait ${Math.ceil(retryAfterSeconds / 60)} minutes and try again.`, {
    retryAfterSeconds,
  })

// Counts one request against each subject; when any is then over its limit, takes the counts back (a refused
// request is not counted) and throws the refusal. Otherwise the counts stand unless the hold is released.
export async function holdLimits(db: Db, counts: Limit[], windowMs: number, refuse: Refusal = tooManyRequests, clock = Date.now): Promise<Hold> {
  const nowMs = clock()
  const start = windowStart(nowMs, windowMs)
  const held: string[] = []
  const release = async () => {
    for (const subject of held.splice(0)) await uncountHit(db, subject, start)
  }
  for (const count of counts) {
    const hits = await countHit(db, count.subject, start)
    held.push(count.subject)
    if (hits > count.limit) {
      await release()
      throw refuse(Math.ceil((Date.parse(start) + windowMs - nowMs) / 1000), count)
    }
  }
  return { release }
}

// Counts a request against each subject and refuses with 429 once any of them is over its limit.
export async function enforceLimits(db: Db, counts: Limit[], windowMs: number, clock = Date.now): Promise<void> {
  await holdLimits(db, counts, windowMs, tooManyRequests, clock)
}
