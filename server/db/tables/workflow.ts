// Row types of the approval workflow: review requests, the timeline of actions, and reviewers.
import type { Generated } from 'kysely'
import type { Role } from '../../../shared/domain/permissions'
import type { WorkflowAction } from '../../../shared/domain/workflow'

export type WorkflowEntity = 'module' | 'pathway'

// One submission for review: open until approved, returned or withdrawn.
export interface ReviewRequestsTable {
  id: Generated<number>
  entity: WorkflowEntity
  entityId: number
  // The version of the module or pathway submitted.
  revision: number
  // The organisation whose reviewers decide.
  organisationId: number | null
  state: 'open' | 'approved' | 'returned' | 'withdrawn'
  summary: string
  submittedBy: number | null
  submittedAt: string
  decidedBy: number | null
  decidedAt: string | null
  comment: string | null
}

// One action of the workflow, for the timeline.
export interface WorkflowEventsTable {
  id: Generated<number>
  entity: WorkflowEntity
  entityId: number
  revision: number
  action: WorkflowAction
  userId: number | null
  at: string
  note: string | null
}

// A reviewer of an organisation: either every holder of a role in it, or one named person.
export interface ReviewersTable {
  id: Generated<number>
  organisationId: number
  role: Role | null
  userId: number | null
}

export interface WorkflowTables {
  review_requests: ReviewRequestsTable
  workflow_events: WorkflowEventsTable
  reviewers: ReviewersTable
}
