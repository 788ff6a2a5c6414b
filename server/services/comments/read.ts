// Reading comments: the threads of a target, one thread, and the number of comments on many targets.
import type { Actor } from '../../../shared/domain/permissions'
import type { CommentTarget } from '../../../shared/schemas/comment'
import type { Db } from '../../db/connect'
import { targetFacts } from '../../db/queries/comment-targets'
import { commentsOfThreads, countsByKey, mentionsOf, threadsOn } from '../../db/queries/comments'
import { bodyOut } from './body'
import { maySeeTarget, resolveTarget, targetKey } from './target'

// The threads on a target the person may see, oldest first, each with its comments; a deleted comment that others
// replied to keeps its place with no body.
export async function listThreads(db: Db, person: Actor, target: CommentTarget) {
  const resolved = await resolveTarget(db, person, target)
  return { target: { kind: resolved.kind, id: resolved.id, fingerprint: resolved.fingerprint, label: resolved.facts.label }, items: await threadsByKey(db, person, resolved.key) }
}

async function threadsByKey(db: Db, person: Actor, key: string, onlyThread?: number) {
  const threads = (await threadsOn(db, key)).filter((t) => onlyThread === undefined || t.id === onlyThread)
  const comments = await commentsOfThreads(db, threads.map((t) => t.id))
  const mentions = await mentionsOf(db, comments.map((c) => c.id))
  return threads.map((thread) => ({
    id: thread.id,
    createdAt: thread.createdAt,
    resolved: thread.resolvedAt ? { at: thread.resolvedAt, by: thread.resolvedBy === null ? null : { id: thread.resolvedBy, name: thread.resolvedByName ?? '' } } : null,
    comments: comments
      .filter((c) => c.threadId === thread.id)
      .map((c) => ({
        id: c.id,
        author: c.authorId === null ? null : { id: c.authorId, name: c.authorName ?? '' },
        body: c.deletedAt ? null : bodyOut(c),
        createdAt: c.createdAt,
        editedAt: c.editedAt,
        deleted: c.deletedAt !== null,
        mine: c.authorId === person.id,
        mentions: c.deletedAt ? [] : mentions.filter((m) => m.commentId === c.id).map((m) => ({ id: m.id, name: m.name })),
      })),
  }))
}

// One thread as the person reads it (after a write).
export async function readThread(db: Db, person: Actor, key: string, threadId: number) {
  const [thread] = await threadsByKey(db, person, key, threadId)
  return thread!
}

// The number of comments on each target, in the order asked; a target the person may not see (or that does not
// exist) counts 0, so the answer tells nothing about hidden rows.
export async function countComments(db: Db, person: Actor, targets: readonly CommentTarget[]) {
  const visible = await Promise.all(
    [...new Set(targets.map((t) => `${t.kind}:${t.id}`))].map(async (row) => {
      const [kind, id] = row.split(':') as [CommentTarget['kind'], string]
      const facts = await targetFacts(db, kind, Number(id))
      return [row, facts !== undefined && maySeeTarget(person, facts)] as const
    }),
  )
  const seen = new Map(visible)
  const keys = targets.map((t) => targetKey(t.kind, t.id, t.fingerprint))
  const counts = await countsByKey(db, keys)
  return { items: targets.map((t, i) => ({ ...t, count: seen.get(`${t.kind}:${t.id}`) ? (counts.get(keys[i]!) ?? 0) : 0 })) }
}
