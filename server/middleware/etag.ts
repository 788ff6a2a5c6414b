// Entity tags for reads: a tag from what an answer depends on (a row version, a data version, or the content
// itself), and 304 Not Modified when the client already holds it. Call it only after the visibility check, so a
// 304 never tells an outsider that a hidden row exists.
import { createHash } from 'node:crypto'
import type { Context } from 'hono'

// The tag of an answer built from these parts (versions, ids, the viewer's scope), or of the content itself.
// Tags are weak: the same JSON goes out raw, gzipped or in brotli (compress-json.ts), so they promise equal meaning,
// not equal bytes. Hashing keeps the parts (e.g. an organisation id) out of the header.
export function entityTag(...parts: readonly (string | number | boolean | null)[]): string {
  const hash = createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 22)
  return `W/"${hash}"`
}

// Whether an If-None-Match header names this tag, by the weak comparison (RFC 9110 §13.1.2): W/ is ignored on both
// sides, and * matches any current answer.
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false
  if (ifNoneMatch.trim() === '*') return true
  const opaque = tag.replace(/^W\//, '')
  return ifNoneMatch.split(',').some((candidate) => candidate.trim().replace(/^W\//, '') === opaque)
}

// Sets the answer's ETag and asks caches to revalidate each time (answers depend on who asks, hence private);
// returns the 304 to send when the client's copy is current, or null to go on and build the answer.
export function notModified(c: Context, tag: string): Response | null {
  c.header('ETag', tag)
  c.header('Cache-Control', 'private, no-cache')
  return matchesTag(c.req.header('If-None-Match'), tag) ? c.body(null, 304) : null
}
