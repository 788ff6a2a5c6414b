// SQL for comment threads, comments and their mentions.
import type { Db } from '../connect'
import type { CommentsTable, CommentThreadsTable } from '../tables/comments'

type NewThread = Pick<CommentThreadsTable, 'targetKind' | 'targetId' | 'fingerprint' | 'targetKey' | 'createdAt'>
type NewComment = Pick<CommentsTable, 'threadId' | 'authorId' | 'bodyFormat' | 'body' | 'createdAt'>

// Inserts a thread and returns its id.
export async function insertThread(db: Db, thread: NewThread): Promise<number> {
  const row = await db.insertInto('comment_threads').values({ ...thread, resolvedAt: null, resolvedBy: null }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

// Inserts a comment and returns its id.
export async function insertComment(db: Db, comment: NewComment): Promise<number> {
  const row = await db.insertInto('comments').values({ ...comment, editedAt: null, deletedAt: null }).returning('id').executeTakeFirstOrThrow()
  return row.id
}

// Replaces the people a comment mentions.
export async function replaceMentions(db: Db, commentId: number, userIds: readonly number[]): Promise<void> {
  await db.deleteFrom('comment_mentions').where('commentId', '=', commentId).execute()
  if (userIds.length) await db.insertInto('comment_mentions').values(userIds.map((userId) => ({ commentId, userId }))).execute()
}

// A thread with what locates its target, or undefined.
export function findThread(db: Db, id: number) {
  return db.selectFrom('comment_threads').selectAll().where('id', '=', id).executeTakeFirst()
}

// A comment with its thread's target, or undefined.
export function findComment(db: Db, id: number) {
  return db
    .selectFrom('comments')
    .innerJoin('comment_threads', 'comment_threads.id', 'comments.threadId')
    .select([
      'comments.id', 'comments.threadId', 'comments.authorId', 'comments.bodyFormat', 'comments.body', 'comments.createdAt',
      'comments.editedAt', 'comments.deletedAt', 'comment_threads.targetKind', 'comment_threads.targetId', 'comment_threads.fingerprint',
    ])
    .where('comments.id', '=', id)
    .executeTakeFirst()
}

// The threads on one target, oldest first, with who resolved each.
export function threadsOn(db: Db, targetKey: string) {
  return db
    .selectFrom('comment_threads')
    .leftJoin('users', 'users.id', 'comment_threads.resolvedBy')
    .select(['comment_threads.id', 'comment_threads.createdAt', 'comment_threads.resolvedAt', 'comment_threads.resolvedBy', 'users.name as resolvedByName'])
    .where('comment_threads.targetKey', '=', targetKey)
    .orderBy('comment_threads.createdAt')
    .orderBy('comment_threads.id')
    .execute()
}

// The comments of the given threads, oldest first, with their authors' names.
export function commentsOfThreads(db: Db, threadIds: readonly number[]) {
  if (!threadIds.length) return Promise.resolve([])
  return db
    .selectFrom('comments')
    .leftJoin('users', 'users.id', 'comments.authorId')
    .select([
      'comments.id', 'comments.threadId', 'comments.authorId', 'users.name as authorName', 'comments.bodyFormat', 'comments.body',
      'comments.createdAt', 'comments.editedAt', 'comments.deletedAt',
    ])
    .where('comments.threadId', 'in', threadIds)
    .orderBy('comments.createdAt')
    .orderBy('comments.id')
    .execute()
}

// The people the given comments mention, with their names.
export function mentionsOf(db: Db, commentIds: readonly number[]) {
  if (!commentIds.length) return Promise.resolve([])
  return db
    .selectFrom('comment_mentions')
    .innerJoin('users', 'users.id', 'comment_mentions.userId')
    .select(['comment_mentions.commentId', 'users.id', 'users.name'])
    .where('comment_mentions.commentId', 'in', commentIds)
    .orderBy('users.name')
    .execute()
}

// How many comments (deleted placeholders aside) each target key has.
export async function countsByKey(db: Db, keys: readonly string[]): Promise<Map<string, number>> {
  if (!keys.length) return new Map()
  const rows = await db
    .selectFrom('comments')
    .innerJoin('comment_threads', 'comment_threads.id', 'comments.threadId')
    .select(['comment_threads.targetKey', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('comment_threads.targetKey', 'in', [...new Set(keys)])
    .where('comments.deletedAt', 'is', null)
    .groupBy('comment_threads.targetKey')
    .execute()
  return new Map(rows.map((r) => [r.targetKey, Number(r.n)]))
}

// The number of comments in a thread other than the given one.
export async function othersInThread(db: Db, threadId: number, commentId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('threadId', '=', threadId)
    .where('id', '!=', commentId)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

// Live (not deleted) comments left in a thread.
export async function liveInThread(db: Db, threadId: number): Promise<number> {
  const row = await db
    .selectFrom('comments')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('threadId', '=', threadId)
    .where('deletedAt', 'is', null)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

// Changes a comment's body (an edit) or empties it (a soft delete).
export async function updateComment(db: Db, id: number, changes: Partial<Pick<CommentsTable, 'bodyFormat' | 'body' | 'editedAt' | 'deletedAt'>>): Promise<void> {
  await db.updateTable('comments').set(changes).where('id', '=', id).execute()
}

// Removes a comment (its mentions go with it).
export async function deleteComment(db: Db, id: number): Promise<void> {
  await db.deleteFrom('comments').where('id', '=', id).execute()
}

// Removes a thread and whatever is left of its comments.
export async function deleteThread(db: Db, id: number): Promise<void> {
  await db.deleteFrom('comments').where('threadId', '=', id).execute()
  await db.deleteFrom('comment_threads').where('id', '=', id).execute()
}

// Removes the threads on rows that are being deleted (their comments and mentions go with them), by target key.
export async function deleteThreadsOn(db: Db, keys: readonly string[]): Promise<void> {
  if (!keys.length) return
  const threads = db.selectFrom('comment_threads').select('id').where('targetKey', 'in', [...keys])
  await db.deleteFrom('comments').where('threadId', 'in', threads).execute()
  await db.deleteFrom('comment_threads').where('targetKey', 'in', [...keys]).execute()
}

// Marks a thread resolved by a person, or open again (both null).
export async function setResolved(db: Db, id: number, resolvedAt: string | null, resolvedBy: number | null): Promise<void> {
  await db.updateTable('comment_threads').set({ resolvedAt, resolvedBy }).where('id', '=', id).execute()
}

// The id of the comment that opened a thread (its oldest).
export async function openingCommentId(db: Db, threadId: number): Promise<number | undefined> {
  const row = await db.selectFrom('comments').select('id').where('threadId', '=', threadId).orderBy('createdAt').orderBy('id').limit(1).executeTakeFirst()
  return row?.id
}
