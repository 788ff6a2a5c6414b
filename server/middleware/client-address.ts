// The address of the client that sent a request, for rate limits and sign-in throttling. Behind reverse proxies
// (RUNGS_TRUSTED_PROXIES) it is the right-most X-Forwarded-For entry that is not a trusted proxy: entries to its
// left were written by the client and can say anything. From any other peer the header is ignored.
import { getConnInfo } from '@hono/node-server/conninfo'
import { isIP } from 'node:net'
import type { Context } from 'hono'
import type { AppEnv } from './context'
import { isTrustedProxy, normaliseAddress } from './trusted-proxies'

// The peer's socket address; app.request in tests has no socket unless given one, and reads as "local".
function peerAddress(c: Context): string {
  try {
    const address = getConnInfo(c).remote.address
    return address ? normaliseAddress(address) : 'unknown'
  } catch {
    return 'local'
  }
}

// The client's address, as far as the trusted proxies in front of the app vouch for it.
export function clientAddress(c: Context<AppEnv>): string {
  const trusted = c.var.config?.trustedProxies ?? []
  let address = peerAddress(c)
  if (!isTrustedProxy(trusted, address)) return address
  const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map(normaliseAddress).filter(Boolean)
  for (const hop of hops.reverse()) {
    // A trusted proxy wrote this entry; one that is not an address leaves the proxy as the best we know.
    if (!isIP(hop)) return address
    address = hop
    if (!isTrustedProxy(trusted, hop)) return hop
  }
  return address
}
