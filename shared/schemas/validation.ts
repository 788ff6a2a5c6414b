// Requests of employer validation: campaigns and invitations (faculty), ratings and suggestions (employers).
import { z } from 'zod'
import { DEFAULT_MIN_RESPONDENTS, FREQUENCIES, MAX_MIN_RESPONDENTS, RATINGS } from '../domain/consensus'
import { COMPETENCY_KINDS } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Text } from './common'

// A calendar day, YYYY-MM-DD: the campaign takes answers until the end of that day (UTC).
export const Day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31')
  .refine((day) => !Number.isNaN(Date.parse(`${day}T00:00:00Z`)), 'Not a real date')

const MinRespondents = z.number().int('Use a whole number').min(1, 'At least 1').max(MAX_MIN_RESPONDENTS, `At most ${MAX_MIN_RESPONDENTS}`)

export const CampaignInput = z.object({
  title: Line(),
  message: OptionalLine(4000),
  closesOn: Day,
  // Below this many respondents a competency shows "not enough responses" and feeds no finding.
  minRespondents: MinRespondents.default(DEFAULT_MIN_RESPONDENTS),
  // Empty or absent: every competency of the pathway's frameworks; otherwise only those under these areas.
  areaIds: z.array(Id).max(200).default([]),
})
export type CampaignInput = z.infer<typeof CampaignInput>

export const CampaignPatch = z.object({
  title: Line().optional(),
  message: OptionalLine(4000).optional(),
  closesOn: Day.optional(),
  minRespondents: MinRespondents.optional(),
})
export type CampaignPatch = z.infer<typeof CampaignPatch>

// Reopening a closed campaign sets the new last day on which employers may answer.
export const ReopenInput = z.object({ closesOn: Day })
export type ReopenInput = z.infer<typeof ReopenInput>

export const InviteInput = z.object({
  employerName: Line(),
  company: Line(),
  email: Text(254).toLowerCase().email(),
})
export type InviteInput = z.infer<typeof InviteInput>

// Reminders go to every employer who has not submitted, or only to these invitations.
export const ReminderInput = z.object({ inviteIds: z.array(Id).min(1).max(500).optional() })
export type ReminderInput = z.infer<typeof ReminderInput>

export const RatingInput = z.object({
  rating: z.enum(RATINGS),
  frequency: z.enum(FREQUENCIES).nullish().transform((v) => v ?? null),
  comment: OptionalLine(2000),
})
export type RatingInput = z.infer<typeof RatingInput>

export const SuggestionInput = z.object({
  areaId: Id,
  statement: Line(1000),
})
export type SuggestionInput = z.infer<typeof SuggestionInput>

// Accepting a suggestion is a reviewed decision: where the new item goes (framework, parent), its code (proposed,
// editable), wording and kind. It enters the framework as a draft.
export const AcceptSuggestionInput = z.object({
  frameworkId: Id,
  parentId: Id.nullable(),
  code: Line(60),
  statement: Line(1000),
  kind: z.enum(COMPETENCY_KINDS),
})
export type AcceptSuggestionInput = z.infer<typeof AcceptSuggestionInput>

// The unguessable part of an invitation link (32 random bytes as base64url); anything else is simply unknown.
export const TokenParam = z.object({ token: Text(100, { trim: false }).min(1) })
export const TokenCompetencyParam = TokenParam.extend({ competencyId: Id })
export const InvitationCompetencyParam = z.object({ id: Id, competencyId: Id })
export const InviteParam = z.object({ id: Id, inviteId: Id })
export const SuggestionParam = z.object({ id: Id, suggestionId: Id })
