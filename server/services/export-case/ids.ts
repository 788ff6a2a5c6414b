// Stable CASE identifiers for what Rungs does not store as rows with uuids: associations and definitions.
// An isChildOf association's identifier is its child's uuid with a fixed mask applied, and a link's carries the
// link's id in its last 48 bits, so both can be looked up again without a table of their own.
import { createHash } from 'node:crypto'

const CHILD_MASK = '5c1d0e7f9a2b0c4d0e6f7a8b9c0d1e2f'
const LINK_MASK = 'e3a1b2c40d5e0f6a0b7c8d9e0f1a2b3c'
const hex = (uuid: string) => uuid.replace(/-/g, '').toLowerCase()
const dashed = (h: string) => `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`

// Nibble-wise XOR; the mask has zeros where the version and variant live, so those survive.
const xor = (h: string, mask: string) => [...h].map((c, i) => (parseInt(c, 16) ^ parseInt(mask[i]!, 16)).toString(16)).join('')

// The identifier of the isChildOf association of a competency (to its parent, or to the document).
export const childAssociationId = (childUuid: string): string => dashed(xor(hex(childUuid), CHILD_MASK))

// The competency uuid an isChildOf association identifier was made from.
export const childOfAssociation = (id: string): string => dashed(xor(hex(id), CHILD_MASK))

// The identifier of a competency link: its origin's uuid (masked) with the link id in the last 12 digits.
export const linkAssociationId = (fromUuid: string, linkId: number): string =>
  dashed(xor(hex(fromUuid), LINK_MASK).slice(0, 20) + linkId.toString(16).padStart(12, '0'))

// The link id carried by an identifier and the check that its origin matches, or null when it is not a link's.
export function linkOfAssociation(id: string): { linkId: number; matchesOrigin: (fromUuid: string) => boolean } | null {
  const h = hex(id)
  const linkId = parseInt(h.slice(20), 16)
  // Link ids are 32-bit integer keys; anything larger is some other identifier (PostgreSQL would refuse it).
  if (!/^[0-9a-f]{32}$/.test(h) || linkId > 0x7fffffff) return null
  return { linkId, matchesOrigin: (fromUuid) => xor(hex(fromUuid), LINK_MASK).slice(0, 20) === h.slice(0, 20) }
}

// A name-based UUID (SHA-1, version 5 layout) for definitions such as item types and licences.
export function nameUuid(name: string): string {
  const h = createHash('sha1').update(`rungs:${name}`).digest('hex').slice(0, 32)
  return dashed(`${h.slice(0, 12)}5${h.slice(13, 16)}${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17)}`)
}
