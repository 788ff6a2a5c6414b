// CTIDs and resource addresses of the CTDL export. A CTID is "ce-" and a lowercase version-4 UUID, and must never
// change once a resource is published, so each comes from a stable row identity.
import { createHash } from 'node:crypto'

// A UUID with its version digit set to 4 and its variant digit to RFC 9562's: a random (v4) uuid is unchanged,
// a name-based one (the demo's are v5) becomes a distinct, equally stable v4-shaped one.
function asVersion4(hex32: string): string {
  const h = hex32.toLowerCase()
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

// The CTID of a row: the one it carries (migration 20261211T050000 fills its ce_ctid column for rows that existed then),
// else one made from its uuid by the same rule.
export function ctidOf(row: { ctid?: string | null; uuid: string }): string {
  return row.ctid ?? `ce-${asVersion4(row.uuid.replace(/-/g, ''))}`
}

// A CTID for a resource that has no row of its own (a pathway's component, stage or progression model): a hash
// of the owner's CTID and the role, so the same pathway exports the same CTIDs every time.
export function derivedCtid(...parts: (string | number)[]): string {
  return `ce-${asVersion4(createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32))}`
}

// Where resources live in a Credential Engine Registry (its /resources/ and /graph/ addresses).
export type RegistryAddresses = { resource: (ctid: string) => string; graph: (ctid: string) => string }

// The addresses of a registry at its base URL (production or sandbox).
export function registryAddresses(base: string): RegistryAddresses {
  const root = base.replace(/\/+$/, '')
  return { resource: (ctid) => `${root}/resources/${ctid}`, graph: (ctid) => `${root}/graph/${ctid}` }
}
