// Closing the HTTP server gracefully: stop accepting, let the requests in flight finish, then report done.
import type { Server, ServerResponse } from 'node:http'

// How long the requests in flight get before their connections are cut (container platforms wait about 30 s
// after SIGTERM before they kill).
export const SHUTDOWN_GRACE_MS = 25_000

// Follows the server's responses from now on; answers the function that closes it. Closing stops accepting
// connections, closes idle keep-alive ones at once, answers every request still in flight with
// `Connection: close` so that its connection ends with it, and cuts what is left after `graceMs`.
export function gracefulCloser(server: Server): (graceMs?: number) => Promise<void> {
  const inFlight = new Set<ServerResponse>()
  let closing = false
  const closeIfIdle = () => setImmediate(() => server.closeIdleConnections())
  const endWithResponse = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('Connection', 'close')
  }
  server.on('request', (_req, res: ServerResponse) => {
    inFlight.add(res)
    if (closing) endWithResponse(res)
    res.once('finish', () => {
      if (closing) closeIfIdle()
    })
    res.once('close', () => inFlight.delete(res))
  })
  return (graceMs = SHUTDOWN_GRACE_MS) =>
    new Promise<void>((resolve) => {
      closing = true
      inFlight.forEach(endWithResponse)
      const cut = setTimeout(() => server.closeAllConnections(), graceMs)
      cut.unref()
      server.close(() => {
        clearTimeout(cut)
        resolve()
      })
      server.closeIdleConnections()
    })
}
