// Requests of the approval workflow: one action on a module or pathway, and the reviewers of an organisation.
import { z } from 'zod'
import { ROLES } from '../domain/permissions'
import { NOTE_LIMIT } from '../domain/workflow'
import { Id, Text, Whole } from './common'

// A summary or comment: required ones may not be blank.
const Note = Text(NOTE_LIMIT).min(1, 'must not be empty')

// One workflow action. Submitting names the version the author saw, so what the reviewers approve is what the
// author meant; a stale version is refused with 409.
export const WorkflowInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), version: Whole(1), summary: Note }),
  z.object({ action: z.literal('approve'), comment: Text(NOTE_LIMIT).optional() }),
  z.object({ action: z.literal('return'), comment: Note }),
  z.object({ action: z.literal('withdraw') }),
  z.object({ action: z.literal('archive') }),
  z.object({ action: z.literal('reopen') }),
])
export type WorkflowInput = z.infer<typeof WorkflowInput>

// The reviewers of an organisation: roles whose holders in the organisation review, and named people of it.
export const ReviewersInput = z.object({
  roles: z.array(z.enum(ROLES)).max(ROLES.length).refine((r) => new Set(r).size === r.length, { message: 'Each role may be listed once' }),
  userIds: z.array(Id).max(50).refine((ids) => new Set(ids).size === ids.length, { message: 'Each person may be listed once' }),
})
export type ReviewersInput = z.infer<typeof ReviewersInput>

// Status is moved by the workflow actions, never by an edit: a module body that sets it is refused.
export const NO_STATUS_MESSAGE = 'Status cannot be set by editing; use the workflow actions (submit for review, approve, return, archive, reopen)'
