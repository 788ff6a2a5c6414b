// Taking one workflow action on a module or pathway: who may, from which state, and what is kept (the state, the
// review request, the timeline and the audit trail), all in the caller's transaction.
import type { Actor } from '../../../shared/domain/permissions'
import { ACTION_PAST, actionsFor, mayAct, nextState, refusal, type WorkflowRole, type WorkflowState } from '../../../shared/domain/workflow'
import type { WorkflowInput } from '../../../shared/schemas/workflow'
import type { Db } from '../../db/connect'
import { closeRequest, findOpenRequest, insertEvent, insertRequest, isReviewerOf, listEvents, moveState } from '../../db/queries/workflow'
import type { WorkflowEntity } from '../../db/tables/workflow'
import { AppError, Conflict } from '../../errors'
import { withoutEditors, type Viewer } from '../access'
import { recordAudit } from '../audit'

// A module or pathway as the workflow sees it.
export type Subject = {
  entity: WorkflowEntity
  id: number
  // How messages name it: "Module MFG-101", "Pathway advanced-manufacturing".
  label: string
  organisationId: number | null
  status: WorkflowState
  version: number
  approvedVersion: number | null
  // True when the person may edit it (owning organisation and authoring permission, or admin).
  editor: boolean
}

const TABLES = { module: 'modules', pathway: 'pathways' } as const
const CLOSES = { approve: 'approved', return: 'returned', withdraw: 'withdrawn' } as const

// Who the person is with respect to the subject.
async function roleOf(db: Db, actor: Actor, subject: Subject): Promise<WorkflowRole> {
  const open = await findOpenRequest(db, subject.entity, subject.id)
  return {
    editor: subject.editor,
    reviewer: actor.role === 'admin' || (await isReviewerOf(db, actor, subject.organisationId)),
    submitter: open?.submittedBy === actor.id,
  }
}

function forbidden(subject: Subject, role: WorkflowRole, action: WorkflowInput['action']): AppError {
  if ((action === 'approve' || action === 'return') && role.submitter) {
    return new AppError('forbidden', 403, `You submitted this revision of ${subject.label}; another reviewer must approve or return it.`)
  }
  if (action === 'approve' || action === 'return') {
    return new AppError('forbidden', 403, `Only the reviewers of the organisation that owns ${subject.label} (chosen by an administrator) may approve or return it.`)
  }
  return new AppError('forbidden', 403, `Only the people who may edit ${subject.label} may do this.`)
}

// Takes one action: 403 when the person may not, 409 naming the state when the state does not allow it (or a
// submission names a stale version), and otherwise moves the state and keeps the request, timeline and audit.
export async function takeAction(db: Db, actor: Actor, subject: Subject, input: WorkflowInput): Promise<WorkflowState> {
  const role = await roleOf(db, actor, subject)
  if (!mayAct(role, input.action)) throw forbidden(subject, role, input.action)
  const to = nextState(subject.status, input.action)
  if (to === null) throw new Conflict('workflow_state', refusal(subject.label, subject.status, input.action), { state: subject.status })
  if (input.action === 'submit' && input.version !== subject.version) {
    throw new Conflict('stale_version', `${subject.label} was changed since version ${input.version} (it is now at version ${subject.version}); reload it and submit again`, { currentVersion: subject.version })
  }
  const approving = input.action === 'approve' ? subject.version : undefined
  if (!(await moveState(db, subject.entity, subject.id, subject.status, to, approving))) {
    throw new Conflict('workflow_state', `${subject.label} was moved by someone else meanwhile; reload it`, { state: subject.status })
  }
  const note = input.action === 'submit' ? input.summary : input.action === 'approve' || input.action === 'return' ? input.comment || null : null
  if (input.action === 'submit') {
    await insertRequest(db, { entity: subject.entity, entityId: subject.id, revision: subject.version, organisationId: subject.organisationId, summary: input.summary, submittedBy: actor.id })
  } else if (input.action === 'approve' || input.action === 'return' || input.action === 'withdraw') {
    await closeRequest(db, subject.entity, subject.id, CLOSES[input.action], actor.id, note)
  }
  await insertEvent(db, { entity: subject.entity, entityId: subject.id, revision: subject.version, action: input.action, userId: actor.id, note })
  await recordAudit(db, actor, {
    action: 'update',
    table: TABLES[subject.entity],
    rowId: subject.id,
    summary: `${ACTION_PAST[input.action]} ${subject.label} (version ${subject.version})${note ? `: "${note}"` : ''}`,
    before: { status: subject.status, approvedVersion: subject.approvedVersion },
    after: { status: to, approvedVersion: approving ?? subject.approvedVersion },
  })
  return to
}

// The workflow as the viewer sees it: the state, the actions they may take, and (for people signed in) the open
// request and the timeline.
export async function workflowView(db: Db, viewer: Viewer, subject: Subject) {
  const base = { state: subject.status, version: subject.version, approvedVersion: subject.approvedVersion }
  if (viewer === null) return { ...base, actions: [], request: null, timeline: [] }
  const [role, request, events] = await Promise.all([
    roleOf(db, viewer, subject),
    findOpenRequest(db, subject.entity, subject.id),
    listEvents(db, subject.entity, subject.id),
  ])
  return { ...base, actions: actionsFor(subject.status, role), request: request ?? null, timeline: withoutEditors(viewer, events) }
}
