// SQL for the approval workflow: moving a module or pathway between states, review requests, the timeline of
// actions and the reviewers of each organisation.
import type { Actor } from '../../../shared/domain/permissions'
import type { WorkflowAction, WorkflowState } from '../../../shared/domain/workflow'
import type { Db } from '../connect'
import { now } from '../stamps'
import type { ReviewRequestsTable, ReviewersTable, WorkflowEntity } from '../tables/workflow'

const TABLES = { module: 'modules', pathway: 'pathways' } as const

// Moves a module or pathway to a state, if it is still in `from` (so two people acting at once cannot both move
// it); sets the approved version when given. False when it was no longer in `from`.
export async function moveState(
  db: Db,
  entity: WorkflowEntity,
  id: number,
  from: WorkflowState,
  to: WorkflowState,
  approvedVersion?: number,
): Promise<boolean> {
  const result = await db
    .updateTable(TABLES[entity])
    .set({ status: to, ...(approvedVersion !== undefined ? { approvedVersion } : {}) })
    .where('id', '=', id)
    .where('status', '=', from)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// Keeps one action for the timeline.
export async function insertEvent(
  db: Db,
  event: { entity: WorkflowEntity; entityId: number; revision: number; action: WorkflowAction; userId: number | null; note: string | null },
): Promise<void> {
  await db.insertInto('workflow_events').values({ ...event, at: now() }).execute()
}

// The actions taken on a module or pathway, oldest first, with who took each.
export function listEvents(db: Db, entity: WorkflowEntity, entityId: number) {
  return db
    .selectFrom('workflow_events as e')
    .leftJoin('users', 'users.id', 'e.userId')
    .select(['e.id', 'e.action', 'e.revision', 'e.at', 'e.note', 'e.userId', 'users.name as userName'])
    .where('e.entity', '=', entity)
    .where('e.entityId', '=', entityId)
    .orderBy('e.id')
    .execute()
}

// Opens a review request for a submitted revision.
export async function insertRequest(
  db: Db,
  request: Pick<ReviewRequestsTable, 'entity' | 'entityId' | 'revision' | 'organisationId' | 'summary' | 'submittedBy'>,
): Promise<void> {
  await db.insertInto('review_requests').values({ ...request, state: 'open', submittedAt: now(), decidedBy: null, decidedAt: null, comment: null }).execute()
}

// The open review request of a module or pathway, if any.
export function findOpenRequest(db: Db, entity: WorkflowEntity, entityId: number) {
  return db
    .selectFrom('review_requests as r')
    .leftJoin('users', 'users.id', 'r.submittedBy')
    .select(['r.id', 'r.revision', 'r.summary', 'r.submittedBy', 'r.submittedAt', 'users.name as submitterName'])
    .where('r.entity', '=', entity)
    .where('r.entityId', '=', entityId)
    .where('r.state', '=', 'open')
    .executeTakeFirst()
}

// Closes the open review request of a module or pathway with a decision.
export async function closeRequest(
  db: Db,
  entity: WorkflowEntity,
  entityId: number,
  state: 'approved' | 'returned' | 'withdrawn',
  decidedBy: number | null,
  comment: string | null,
): Promise<void> {
  await db
    .updateTable('review_requests')
    .set({ state, decidedBy, decidedAt: now(), comment })
    .where('entity', '=', entity)
    .where('entityId', '=', entityId)
    .where('state', '=', 'open')
    .execute()
}

// True when the person reviews for the organisation: named, or holding a role named, and a member of it.
export async function isReviewerOf(db: Db, actor: Actor, organisationId: number | null): Promise<boolean> {
  if (organisationId === null || actor.organisationId !== organisationId) return false
  const row = await db
    .selectFrom('reviewers')
    .select('id')
    .where('organisationId', '=', organisationId)
    .where((eb) => eb.or([eb('userId', '=', actor.id), eb('role', '=', actor.role)]))
    .executeTakeFirst()
  return row !== undefined
}

// The reviewers of an organisation: its roles and named people (with their names).
export async function reviewersOf(db: Db, organisationId: number) {
  const rows = await db
    .selectFrom('reviewers as r')
    .leftJoin('users', 'users.id', 'r.userId')
    .select(['r.role', 'r.userId', 'users.name as userName', 'users.email as userEmail'])
    .where('r.organisationId', '=', organisationId)
    .orderBy('r.id')
    .execute()
  return {
    roles: rows.flatMap((r) => (r.role ? [r.role] : [])),
    people: rows.flatMap((r) => (r.userId !== null ? [{ id: r.userId, name: r.userName ?? '', email: r.userEmail ?? '' }] : [])),
  }
}

// Replaces the reviewers of an organisation.
export async function replaceReviewers(db: Db, organisationId: number, reviewers: { roles: ReviewersTable['role'][]; userIds: number[] }): Promise<void> {
  await db.deleteFrom('reviewers').where('organisationId', '=', organisationId).execute()
  const rows = [
    ...reviewers.roles.map((role) => ({ organisationId, role, userId: null })),
    ...reviewers.userIds.map((userId) => ({ organisationId, role: null, userId })),
  ]
  if (rows.length) await db.insertInto('reviewers').values(rows).execute()
}
