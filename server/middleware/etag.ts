// Entity tags for reads: a tag from what an answer depends on (a row version, a data version, or the content
// itself), and 304 Not Modified when the client already holds it. Call it only after the visibility check, so a
// 304 never tells an outsider that a hidden row exists.
import { createHash } from 'node:crypto'
import type { Context, TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'

// The tag of an answer built from these parts (versions, ids, the viewer's scope), or of the content itself.
// Tags are weak: the same JSON goes out raw, gzipped or in brotli (compress-json.ts), so they promise equal meaning,
// not equal bytes. Hashing keeps the parts (e.g. an organisation id) out of the header.
export function entityTag(...parts: readonly (string | number | boolean | null)[]): string {
  return contentTag(JSON.stringify(parts))
}

// The tag of exactly this text.
function contentTag(text: string): string {
  return `W/"${createHash('sha1').update(text).digest('base64url').slice(0, 22)}"`
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

// JSON text of a T: what JSON.stringify gave for one, kept to be sent again.
export type JsonText<T> = string & { readonly jsonOf?: T }

// The answer under a tag that names the version of what it shows: 304 when the client holds that version, without
// asking for the text; else the JSON text `text` gives. Typed as c.json's answer, as taggedJson is.
export async function versionedJson<T>(c: Context, tag: string, text: () => Promise<JsonText<T>>) {
  const response = notModified(c, tag) ?? c.body(await text(), 200, { 'Content-Type': 'application/json' })
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>
}

// The answer as JSON tagged by its content, or 304 when the client holds that content: for reads that draw on more
// rows than one version names (a module page shows its prerequisites', credentials' and competencies' own
// columns), so a changed row anywhere changes the tag. A repeat still reads, but is neither sent nor compressed.
// Serialised once, as c.json would. Typed as c.json's answer: browsers answer a fetch with the copy they hold when
// the server says 304, so the web's client only ever sees the JSON.
export function taggedJson<T>(c: Context, answer: T) {
  const text = JSON.stringify(answer)
  const response = notModified(c, contentTag(text)) ?? c.body(text, 200, { 'Content-Type': 'application/json' })
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>
}
