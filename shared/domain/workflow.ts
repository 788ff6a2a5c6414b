// The approval workflow of modules and pathways as a pure state machine: which action may be taken from which
// state, what it leads to, and who may take it. The server enforces it and the web offers the same actions.
//
//   draft ──submit(summary)──▶ review ──approve(comment?)──▶ approved ──archive──▶ archived
//     ▲  ◀──return(comment)────┘  │                          │  (an edit makes a new draft revision;
//     │  ◀──withdraw──────────────┘                          │   the approved one stays public)
//     └─────────────────────────────reopen────────────────────────────────────────┘ (from archived)
// A draft may also be archived (abandoned). "review" is the stored name of the state called "in review".

export const WORKFLOW_STATES = ['draft', 'review', 'approved', 'archived'] as const
export type WorkflowState = (typeof WORKFLOW_STATES)[number]

export const WORKFLOW_ACTIONS = ['submit', 'approve', 'return', 'withdraw', 'archive', 'reopen'] as const
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number]

export const STATE_LABELS: Record<WorkflowState, string> = {
  draft: 'Draft',
  review: 'In review',
  approved: 'Approved',
  archived: 'Archived',
}

// A module's or pathway's state as people read it in lists and on cards: a draft or a change in review of
// something approved before says so, since the approved revision is what the public sees meanwhile.
export function stateWords(state: WorkflowState, approvedVersion: number | null): string {
  if (approvedVersion === null || state === 'approved' || state === 'archived') return STATE_LABELS[state]
  return state === 'review' ? 'Approved, with changes in review' : 'Approved, with a new draft'
}

export const ACTION_LABELS: Record<WorkflowAction, string> = {
  submit: 'Submit for review',
  approve: 'Approve',
  return: 'Return with comments',
  withdraw: 'Withdraw from review',
  archive: 'Archive',
  reopen: 'Reopen as a draft',
}

// What the timeline says each action did ("Submitted by A").
export const ACTION_PAST: Record<WorkflowAction, string> = {
  submit: 'Submitted',
  approve: 'Approved',
  return: 'Returned',
  withdraw: 'Withdrawn',
  archive: 'Archived',
  reopen: 'Reopened',
}

const MOVES: Record<WorkflowAction, { from: readonly WorkflowState[]; to: WorkflowState }> = {
  submit: { from: ['draft'], to: 'review' },
  approve: { from: ['review'], to: 'approved' },
  return: { from: ['review'], to: 'draft' },
  withdraw: { from: ['review'], to: 'draft' },
  archive: { from: ['draft', 'approved'], to: 'archived' },
  reopen: { from: ['archived'], to: 'draft' },
}

// The longest summary or comment kept with an action.
export const NOTE_LIMIT = 2000

// The state an action leads to from `state`, or null when the action is not allowed from it.
export function nextState(state: WorkflowState, action: WorkflowAction): WorkflowState | null {
  const move = MOVES[action]
  return move.from.includes(state) ? move.to : null
}

// Who the person is with respect to one module or pathway.
export type WorkflowRole = {
  // May edit the row: a member of the owning organisation with the authoring permission, or an admin.
  editor: boolean
  // Named or holding a role chosen by the admins as reviewers of the owning organisation, or an admin.
  reviewer: boolean
  // Submitted the revision now in review.
  submitter: boolean
}

// Whether a note is required, optional or not taken by an action.
export function noteOf(action: WorkflowAction): 'required' | 'optional' | 'none' {
  if (action === 'submit' || action === 'return') return 'required'
  return action === 'approve' ? 'optional' : 'none'
}

// True when the person may take the action (regardless of the state): editors submit, withdraw, archive and
// reopen; reviewers approve and return, but never their own submission.
export function mayAct(role: WorkflowRole, action: WorkflowAction): boolean {
  if (action === 'approve' || action === 'return') return role.reviewer && !role.submitter
  return role.editor
}

// The actions the person may take now, in the order the page offers them.
export function actionsFor(state: WorkflowState, role: WorkflowRole): WorkflowAction[] {
  return WORKFLOW_ACTIONS.filter((action) => nextState(state, action) !== null && mayAct(role, action))
}

// Why an action is refused from a state, naming the state (the 409 message).
export function refusal(what: string, state: WorkflowState, action: WorkflowAction): string {
  const allowed = MOVES[action].from.map((s) => STATE_LABELS[s].toLowerCase()).join(' or ')
  return `${what} is ${STATE_LABELS[state].toLowerCase()}; "${ACTION_LABELS[action]}" is only possible when it is ${allowed}`
}
