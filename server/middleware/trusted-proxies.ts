// The reverse proxies whose X-Forwarded-For is believed (RUNGS_TRUSTED_PROXIES): IP addresses and CIDR ranges.
import { BlockList, isIP } from 'node:net'

// An address as written in a header or by the socket: without brackets or port, IPv4-mapped IPv6 as IPv4.
export function normaliseAddress(text: string): string {
  let address = text.trim().toLowerCase()
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address)
  if (bracketed) address = bracketed[1]!
  else if (/^[\d.]+:\d+$/.test(address)) address = address.slice(0, address.indexOf(':'))
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)
  return mapped ? mapped[1]! : address
}

// Splits the setting into its entries; throws naming an entry that is neither an address nor a CIDR range.
export function parseTrustedProxies(text: string): string[] {
  const entries = text.split(',').map((entry) => entry.trim()).filter(Boolean)
  for (const entry of entries) {
    const [address = '', bits, extra] = entry.split('/')
    const family = isIP(address)
    const maxBits = family === 6 ? 128 : 32
    if (!family || extra !== undefined || (bits !== undefined && !(/^\d+$/.test(bits) && Number(bits) <= maxBits))) {
      throw new Error(`"${entry}" is not an IP address or a CIDR range such as 10.0.0.0/8`)
    }
  }
  return entries
}

const lists = new WeakMap<readonly string[], BlockList>()

function blockList(entries: readonly string[]): BlockList {
  let list = lists.get(entries)
  if (!list) {
    list = new BlockList()
    for (const entry of entries) {
      const [address = '', bits] = entry.split('/')
      const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
      if (bits === undefined) list.addAddress(normaliseAddress(address), type)
      else list.addSubnet(address, Number(bits), type)
    }
    lists.set(entries, list)
  }
  return list
}

// True when the address is one of the trusted proxies.
export function isTrustedProxy(entries: readonly string[], address: string): boolean {
  const family = isIP(address)
  if (!family || !entries.length) return false
  const list = blockList(entries)
  if (list.check(address, family === 6 ? 'ipv6' : 'ipv4')) return true
  // An IPv4 proxy may reach an IPv6 socket as ::ffff:a.b.c.d and vice versa; addresses are normalised to IPv4.
  return family === 4 && list.check(`::ffff:${address}`, 'ipv6')
}
