// The address of the client that sent a request, for rate limits and sign-in throttling.
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

// The peer's socket address; app.request in tests has no socket and reads as "local".
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'local'
  }
}
