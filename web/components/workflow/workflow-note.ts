// The summary or comment of a workflow action: what its field is called, the request it makes, and what is wrong
// with it in words a person acts on (checked before sending with the server's own schema, and read from the
// server's 422 when it refuses), shown next to the field.
import { NOTE_LIMIT, type WorkflowAction } from '../../../shared/domain/workflow'
import { WorkflowInput } from '../../../shared/schemas/workflow'
import { ApiError } from '../../api'

// What the note of each action is called on its form.
export const NOTE_LABELS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Summary of the changes for the reviewers (required)',
  approve: 'Comment for the authors (optional)',
  return: 'What should change before approval (required)',
}

// What to write when the note is left empty.
const EMPTY: Partial<Record<WorkflowAction, string>> = {
  submit: 'Write a short summary of what changed, so the reviewers know what to look at.',
  return: 'Write what should change, so the authors know what to fix before approval.',
}

// The request for an action with its note; submitting names the version the person read.
export function inputOf(action: WorkflowAction, note: string, version: number): WorkflowInput {
  if (action === 'submit') return { action, version, summary: note }
  if (action === 'return') return { action, comment: note }
  if (action === 'approve') return note.trim() ? { action, comment: note } : { action }
  return { action }
}

type Issue = { path: string; code?: string }

// The message for a note that breaks a rule, by the rule's kind: empty, or over the limit.
function noteMessage(action: WorkflowAction, note: string, issue: Issue): string {
  const length = note.trim().length
  if (length > NOTE_LIMIT) return `Keep it to ${NOTE_LIMIT.toLocaleString('en-US')} characters; it has ${length.toLocaleString('en-US')}.`
  if (length === 0) return EMPTY[action] ?? 'Write a note.'
  return issue.code === 'custom' ? 'Take out the control characters it contains.' : 'Check what you wrote.'
}

const isNote = (path: string) => path === 'summary' || path === 'comment'

// What is wrong with the note before it is sent, or null when the server would take it.
export function noteProblem(action: WorkflowAction, note: string, version: number): string | null {
  const result = WorkflowInput.safeParse(inputOf(action, note, version))
  const issue = result.success ? undefined : result.error.issues.find((i) => isNote(i.path.join('.')))
  return issue ? noteMessage(action, note, { path: issue.path.join('.'), code: issue.code }) : null
}

// The field's message when the server refused the note with 422, or null for any other refusal.
export function refusedNote(action: WorkflowAction, note: string, error: unknown): string | null {
  if (!(error instanceof ApiError) || error.status !== 422) return null
  const issues = (error.details as { issues?: Issue[] } | undefined)?.issues ?? []
  const issue = issues.find((i) => isNote(i.path))
  return issue ? noteMessage(action, note, issue) : null
}
