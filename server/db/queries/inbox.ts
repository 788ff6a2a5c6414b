// SQL for the inbox: the comments that mention a person, the people one may mention, and read marks.
import type { Db } from '../connect'
import { matchesAllWords, searchWords } from './text-search'

// The newest comments that mention the person (their own aside, deleted ones aside), with the thread's target.
export function mentionsOfPerson(db: Db, userId: number, limit: number) {
  return db
    .selectFrom('comment_mentions')
    .innerJoin('comments', 'comments.id', 'comment_mentions.commentId')
    .innerJoin('comment_threads', 'comment_threads.id', 'comments.threadId')
    .leftJoin('users', 'users.id', 'comments.authorId')
    .select([
      'comments.id', 'comments.threadId', 'comments.bodyFormat', 'comments.body', 'comments.createdAt', 'users.name as authorName',
      'comment_threads.targetKind', 'comment_threads.targetId', 'comment_threads.fingerprint',
    ])
    .where('comment_mentions.userId', '=', userId)
    .where('comments.deletedAt', 'is', null)
    .where((eb) => eb.or([eb('comments.authorId', 'is', null), eb('comments.authorId', '!=', userId)]))
    .orderBy('comments.createdAt', 'desc')
    .orderBy('comments.id', 'desc')
    .limit(limit)
    .execute()
}

// Of the given item keys, those the person has read.
export async function readKeysAmong(db: Db, userId: number, keys: readonly string[]): Promise<Set<string>> {
  if (!keys.length) return new Set()
  const rows = await db.selectFrom('inbox_reads').select('itemKey').where('userId', '=', userId).where('itemKey', 'in', [...new Set(keys)]).execute()
  return new Set(rows.map((r) => r.itemKey))
}

// Marks items read (those already read keep their first time).
export async function insertReads(db: Db, userId: number, keys: readonly string[], at: string): Promise<void> {
  if (!keys.length) return
  await db
    .insertInto('inbox_reads')
    .values([...new Set(keys)].map((itemKey) => ({ userId, itemKey, readAt: at })))
    .onConflict((oc) => oc.columns(['userId', 'itemKey']).doNothing())
    .execute()
}

// Active people matching words of their names, with their organisation; limited to admins and one organisation's
// people when `onlyOrganisation` is given (null: admins alone), for a target only those can see.
export function mentionablePeople(db: Db, filter: { q?: string; limit: number; onlyOrganisation?: number | null; ids?: readonly number[] }) {
  let query = db
    .selectFrom('users')
    .leftJoin('organisations', 'organisations.id', 'users.organisationId')
    .select(['users.id', 'users.name', 'users.role', 'users.organisationId', 'organisations.name as organisationName'])
    .where('users.disabled', '=', 0)
  const words = searchWords(filter.q)
  if (words.length) query = query.where((eb) => matchesAllWords(eb, ['users.name'], words))
  if (filter.ids) query = query.where('users.id', 'in', filter.ids.length ? [...filter.ids] : [0])
  const only = filter.onlyOrganisation
  if (only !== undefined) {
    query = query.where((eb) => (only === null ? eb('users.role', '=', 'admin') : eb.or([eb('users.role', '=', 'admin'), eb('users.organisationId', '=', only)])))
  }
  return query.orderBy('users.name').orderBy('users.id').limit(filter.limit).execute()
}

// The findings currently assigned to the person by someone else (decisions not ended), newest first, with the
// pathway they belong to and who assigned them.
export function assignmentsOfPerson(db: Db, userId: number, limit: number) {
  return db
    .selectFrom('finding_decisions')
    .innerJoin('pathways', 'pathways.id', 'finding_decisions.pathwayId')
    .leftJoin('users', 'users.id', 'finding_decisions.decidedBy')
    .select([
      'finding_decisions.id', 'finding_decisions.pathwayId', 'finding_decisions.fingerprint', 'finding_decisions.summary', 'finding_decisions.dueOn',
      'finding_decisions.decidedAt', 'pathways.slug', 'pathways.title', 'users.name as assignerName',
    ])
    .where('finding_decisions.assigneeId', '=', userId)
    .where('finding_decisions.decision', '=', 'assigned')
    .where('finding_decisions.endedAt', 'is', null)
    .where((eb) => eb.or([eb('finding_decisions.decidedBy', 'is', null), eb('finding_decisions.decidedBy', '!=', userId)]))
    .orderBy('finding_decisions.decidedAt', 'desc')
    .orderBy('finding_decisions.id', 'desc')
    .limit(limit)
    .execute()
}

// Review requests still open on the modules and pathways of one organisation (every organisation's for null), not
// submitted by the person, newest first, with who submitted them and what they are about.
export async function openReviewRequests(db: Db, filter: { organisationId: number | null; notBy: number; limit: number }) {
  const base = (entity: 'module' | 'pathway') =>
    db
      .selectFrom('review_requests as r')
      .leftJoin('users', 'users.id', 'r.submittedBy')
      .select(['r.id', 'r.entityId', 'r.revision', 'r.summary', 'r.submittedAt', 'users.name as submitterName'])
      .where('r.entity', '=', entity)
      .where('r.state', '=', 'open')
      .where((eb) => eb.or([eb('r.submittedBy', 'is', null), eb('r.submittedBy', '!=', filter.notBy)]))
      .orderBy('r.submittedAt', 'desc')
      .orderBy('r.id', 'desc')
      .limit(filter.limit)
  const { organisationId } = filter
  const [modules, pathways] = await Promise.all([
    base('module')
      .innerJoin('modules', 'modules.id', 'r.entityId')
      .select(['modules.code', 'modules.title', 'modules.organisationId', 'modules.approvedVersion'])
      .$if(organisationId !== null, (q) => q.where('modules.organisationId', '=', organisationId))
      .execute(),
    base('pathway')
      .innerJoin('pathways', 'pathways.id', 'r.entityId')
      .select(['pathways.slug', 'pathways.title', 'pathways.organisationId'])
      .$if(organisationId !== null, (q) => q.where('pathways.organisationId', '=', organisationId))
      .execute(),
  ])
  return { modules, pathways }
}
