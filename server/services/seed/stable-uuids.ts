// Stable identities for the demo rows, so that two seeded databases export the same uuids.
import { createHash } from 'node:crypto'

// A fixed namespace for the demo; changing it changes every demo uuid.
const DEMO_NAMESPACE = 'b7e1c3a2-4d5f-4e60-9a71-3c2d8e9f0a14'

// A name-based (version 5, RFC 9562) uuid for a demo row, e.g. demoUuid('module:MFG 120').
export function demoUuid(name: string): string {
  const namespace = Buffer.from(DEMO_NAMESPACE.replaceAll('-', ''), 'hex')
  const bytes = createHash('sha1').update(namespace).update(name, 'utf8').digest().subarray(0, 16)
  bytes[6] = (bytes[6]! & 0x0f) | 0x50
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
