// Decisions on a pathway's findings (DESIGN §3): accepted as intended with a reason, or assigned to a person
// with a due date; kept against the finding's fingerprint. Shared by the API and the findings page's forms.
import { z } from 'zod'
import { Id, Text } from './common'
import { Slug } from './pathway'

export const DECISION_KINDS = ['accepted', 'assigned'] as const
export type DecisionKind = (typeof DECISION_KINDS)[number]

// What a finding is, seen with the decisions on it: no decision standing, assigned to someone, or accepted.
export const FINDING_STATUSES = ['open', 'assigned', 'accepted'] as const
export type FindingStatus = (typeof FINDING_STATUSES)[number]
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = { open: 'Open', assigned: 'Assigned', accepted: 'Accepted as intended' }

export const REASON_MAX = 1000
const Fingerprint = Text(64).regex(/^[0-9a-f]{28}$/, 'must be the fingerprint of a finding (28 hex digits)')
const Reason = Text(REASON_MAX).min(1, 'must say why (1 to 1000 characters)')
// A calendar day, YYYY-MM-DD, that exists.
const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'must be a real date')

export const DecisionInput = z.discriminatedUnion('decision', [
  z.object({ fingerprint: Fingerprint, decision: z.literal('accepted'), reason: Reason }),
  z.object({ fingerprint: Fingerprint, decision: z.literal('assigned'), assigneeId: Id, dueOn: Day, reason: Text(REASON_MAX).optional() }),
])
export type DecisionInput = z.infer<typeof DecisionInput>

// The history of one finding (by fingerprint), or of every finding of the pathway.
export const DecisionQuery = z.object({ fingerprint: Fingerprint.optional() })

export const DecisionParam = z.object({ slug: Slug, id: Id })
