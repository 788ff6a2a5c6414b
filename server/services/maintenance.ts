// The server's background tidy-up: expired sessions, old rate-limit windows and long-unused sign-in devices
// are deleted on a timer, so that no request (a sign-in least of all) pays for it.
import type { Db } from '../db/connect'
import { pruneWindows } from '../db/queries/rate-limit'
import { deleteExpiredSessions } from '../db/queries/sessions'
import { deleteDevicesUnusedSince } from '../db/queries/sign-in-devices'
import { DEVICE_REMEMBERED_MS } from './auth/sessions'

export const MAINTENANCE_EVERY_MS = 10 * 60_000
// Longer than any rate-limit window, so that no window still counting is deleted.
const WINDOWS_KEPT_MS = 24 * 60 * 60_000

const iso = (ms: number) => new Date(ms).toISOString()

// Deletes what has expired by now; answers how many rows of each kind went.
export async function pruneExpired(db: Db, clock = Date.now) {
  const nowMs = clock()
  return {
    sessions: await deleteExpiredSessions(db, iso(nowMs)),
    rateLimitWindows: await pruneWindows(db, iso(nowMs - WINDOWS_KEPT_MS)),
    devices: await deleteDevicesUnusedSince(db, iso(nowMs - DEVICE_REMEMBERED_MS)),
  }
}

export type Maintenance = { stop: () => Promise<void> }

// Prunes now and then every `everyMs` on a timer that does not keep the process alive; stop() waits for a
// run in progress, so the database can be closed after it.
export function startMaintenance(db: Db, everyMs = MAINTENANCE_EVERY_MS): Maintenance {
  let running: Promise<void> = Promise.resolve()
  const run = () => {
    running = running.then(() => pruneExpired(db)).then(
      () => undefined,
      (error: unknown) => console.error('Background tidy-up failed', error),
    )
  }
  run()
  const timer = setInterval(run, everyMs)
  timer.unref()
  return {
    stop: async () => {
      clearInterval(timer)
      await running
    },
  }
}
