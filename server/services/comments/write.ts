// Writing comments: open a thread, reply, edit or delete one's own, resolve and reopen. Each runs in the caller's
// transaction and is audited there, so a refused write leaves nothing.
import type { Actor } from '../../../shared/domain/permissions'
import type { CommentInput, ThreadInput } from '../../../shared/schemas/comment'
import type { Db } from '../../db/connect'
import {
  deleteComment, deleteThread, findComment, findThread, insertComment, insertThread, liveInThread, openingCommentId, othersInThread, replaceMentions, setResolved, updateComment,
} from '../../db/queries/comments'
import { now } from '../../db/stamps'
import { AppError, Conflict, NotFound } from '../../errors'
import { recordAudit } from '../audit'
import { bodyText, storedBody } from './body'
import { checkMentions } from './mentions'
import { readThread } from './read'
import { resolveTarget, type ResolvedTarget } from './target'

const excerpt = (text: string) => (text.length > 80 ? `${text.slice(0, 79)}…` : text)

// The target of a thread, or 404 alike for a missing thread and one on a row hidden from the person.
async function visibleThread(db: Db, person: Actor, threadId: number) {
  const thread = await findThread(db, threadId)
  const target = thread && (await resolveTarget(db, person, { kind: thread.targetKind, id: thread.targetId!, fingerprint: thread.fingerprint ?? undefined }).catch(() => undefined))
  if (!thread || !target) throw new NotFound('Thread', threadId)
  return { thread, target }
}

// A comment and its target, or 404 alike for a missing comment and one on a row hidden from the person.
async function visibleComment(db: Db, person: Actor, commentId: number) {
  const comment = await findComment(db, commentId)
  const target = comment && (await resolveTarget(db, person, { kind: comment.targetKind, id: comment.targetId!, fingerprint: comment.fingerprint ?? undefined }).catch(() => undefined))
  if (!comment || !target) throw new NotFound('Comment', commentId)
  return { comment, target }
}

async function addComment(db: Db, person: Actor, target: ResolvedTarget, threadId: number, input: CommentInput, verb: string) {
  const body = storedBody(input.body)
  const mentions = await checkMentions(db, target, input.mentions, body.text)
  const id = await insertComment(db, { threadId, authorId: person.id, bodyFormat: body.bodyFormat, body: body.body, createdAt: now() })
  await replaceMentions(db, id, mentions)
  await recordAudit(db, person, {
    action: 'create', table: 'comments', rowId: id, summary: `${verb} on ${target.facts.label}: ${excerpt(body.text)}`,
    after: { threadId, target: target.key, body: body.text, mentions },
  })
  return id
}

// Opens a thread on a target the person may see, with its first comment.
export async function openThread(db: Db, person: Actor, input: ThreadInput) {
  const target = await resolveTarget(db, person, input)
  const threadId = await insertThread(db, { targetKind: target.kind, targetId: target.id, fingerprint: target.fingerprint, targetKey: target.key, createdAt: now() })
  await addComment(db, person, target, threadId, input, 'Commented')
  return readThread(db, person, target.key, threadId)
}

// Replies to a thread; a reply reopens a resolved thread, since it asks for attention again.
export async function replyToThread(db: Db, person: Actor, threadId: number, input: CommentInput) {
  const { thread, target } = await visibleThread(db, person, threadId)
  await addComment(db, person, target, threadId, input, 'Replied')
  if (thread.resolvedAt) await setResolved(db, threadId, null, null)
  return readThread(db, person, target.key, threadId)
}

function assertAuthor(person: Actor, comment: { id: number; authorId: number | null }, doing: string, adminsToo: boolean) {
  if (comment.authorId === person.id || (adminsToo && person.role === 'admin')) return
  throw new AppError('forbidden', 403, `Only the author of comment ${comment.id} may ${doing} it${adminsToo ? ' (or an administrator)' : ''}.`)
}

// Changes the body and mentions of one's own comment.
export async function editComment(db: Db, person: Actor, commentId: number, input: CommentInput) {
  const { comment, target } = await visibleComment(db, person, commentId)
  if (comment.deletedAt) throw new Conflict('deleted', `Comment ${commentId} was deleted; it cannot be edited.`)
  assertAuthor(person, comment, 'edit', false)
  const body = storedBody(input.body)
  const mentions = await checkMentions(db, target, input.mentions, body.text)
  await updateComment(db, commentId, { bodyFormat: body.bodyFormat, body: body.body, editedAt: now() })
  await replaceMentions(db, commentId, mentions)
  await recordAudit(db, person, {
    action: 'update', table: 'comments', rowId: commentId, summary: `Edited a comment on ${target.facts.label}`,
    before: { body: bodyText(comment) }, after: { body: body.text, mentions },
  })
  return readThread(db, person, target.key, comment.threadId)
}

// Deletes one's own comment (admins any). A comment that others replied to stays as a "Comment deleted"
// placeholder so the replies keep their context; a thread with nothing left goes. Answers the thread, or null.
export async function removeComment(db: Db, person: Actor, commentId: number) {
  const { comment, target } = await visibleComment(db, person, commentId)
  if (comment.deletedAt) throw new Conflict('deleted', `Comment ${commentId} was already deleted.`)
  assertAuthor(person, comment, 'delete', true)
  const replied = (await othersInThread(db, comment.threadId, commentId)) > 0 && (await openingCommentId(db, comment.threadId)) === commentId
  if (replied) {
    await updateComment(db, commentId, { body: '', bodyFormat: 'text', deletedAt: now() })
    await replaceMentions(db, commentId, [])
  } else await deleteComment(db, commentId)
  await recordAudit(db, person, {
    action: 'delete', table: 'comments', rowId: commentId, summary: `Deleted a comment on ${target.facts.label}`,
    before: { threadId: comment.threadId, authorId: comment.authorId, body: bodyText(comment) },
  })
  if ((await liveInThread(db, comment.threadId)) === 0) {
    await deleteThread(db, comment.threadId)
    return null
  }
  return readThread(db, person, target.key, comment.threadId)
}

// Resolves a thread or opens it again; any member who can see the target may.
export async function setThreadResolved(db: Db, person: Actor, threadId: number, resolved: boolean) {
  const { thread, target } = await visibleThread(db, person, threadId)
  if (Boolean(thread.resolvedAt) !== resolved) {
    await setResolved(db, threadId, resolved ? now() : null, resolved ? person.id : null)
    await recordAudit(db, person, {
      action: 'update', table: 'comment_threads', rowId: threadId, summary: `${resolved ? 'Resolved' : 'Reopened'} a thread on ${target.facts.label}`,
      before: { resolved: Boolean(thread.resolvedAt) }, after: { resolved },
    })
  }
  return readThread(db, person, target.key, threadId)
}
