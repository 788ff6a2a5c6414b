// How many comments each of a page's targets has (the outcomes of a module), asked in one request; members only.
import { createResource } from 'solid-js'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { user } from '../../lib/session'
import { countComments } from './comments-api'

const keyOf = (t: CommentTarget) => `${t.kind}:${t.id}:${t.fingerprint ?? ''}`

// The count of a target once known (undefined before, or for anonymous readers).
export function commentCounts(targets: () => CommentTarget[]) {
  const [counts] = createResource(
    () => (user() && targets().length ? targets().slice(0, 500) : undefined),
    async (asked) => new Map((await countComments(asked)).items.map((i) => [keyOf(i), i.count])),
  )
  return (target: CommentTarget) => (counts.state === 'ready' ? (counts().get(keyOf(target)) ?? 0) : undefined)
}
