// Readiness, for load balancers and orchestrators: this replica can serve when its database answers and holds
// every migration of this release. Liveness (/api/health) asks nothing of the database.
import type { Db } from '../db/connect'
import { pendingMigrations } from '../db/migrate'

export type Readiness = { ready: true } | { ready: false; reason: string }

// How long the database gets to answer before the replica is reported not ready (an unreachable host would
// otherwise hold the probe until the balancer's own timeout).
export const READY_TIMEOUT_MS = 5_000

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

// Asks the database which migrations it lacks; the reason says what is wrong in words, without the database's
// address or error text (the probe is public), which go to the log instead.
export async function checkReadiness(db: Db, timeoutMs = READY_TIMEOUT_MS): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs)
  })
  try {
    const pending = await Promise.race([pendingMigrations(db), timeout])
    if (!pending.length) return { ready: true }
    return { ready: false, reason: `The database lacks ${plural(pending.length, 'migration')} of this release (first: ${pending[0]}); run "rungs migrate"` }
  } catch (error) {
    console.error('Readiness: the database did not answer:', (error as Error).message)
    return { ready: false, reason: 'The database cannot be reached' }
  } finally {
    clearTimeout(timer)
  }
}
