// Workflow rules that other services apply: what may be edited, and approvals made by the system (seed, tests).
import type { WorkflowState } from '../../../shared/domain/workflow'
import type { Db } from '../../db/connect'
import { insertEvent, insertRequest } from '../../db/queries/workflow'
import type { WorkflowEntity } from '../../db/tables/workflow'
import { Conflict } from '../../errors'

// Refuses (409, naming the state) an edit of a module or pathway in review or archived: what reviewers decide
// on must not change under them, and an archived one is reopened first.
export function assertEditable(what: 'Module' | 'Pathway', label: string, state: WorkflowState): void {
  if (state === 'review') {
    throw new Conflict('workflow_state', `${what} ${label} is in review; it can be edited again once a reviewer returns it or it is withdrawn from review`, { state })
  }
  if (state === 'archived') {
    throw new Conflict('workflow_state', `${what} ${label} is archived; reopen it as a draft to edit it`, { state })
  }
}

// Records that the system approved a revision it created (the demo's and tests' approved rows) and, when an
// organisation is given, submitted it again for its reviewers (the demo's changes in review).
export async function recordSystemApproval(db: Db, entity: WorkflowEntity, id: number, revision: number, resubmitTo?: number | null): Promise<void> {
  await insertEvent(db, { entity, entityId: id, revision, action: 'approve', userId: null, note: 'Approved when loaded by the system' })
  if (resubmitTo === undefined) return
  const summary = 'Loaded in review by the system'
  await insertRequest(db, { entity, entityId: id, revision, organisationId: resubmitTo, summary, submittedBy: null })
  await insertEvent(db, { entity, entityId: id, revision, action: 'submit', userId: null, note: summary })
}
