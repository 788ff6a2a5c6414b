// Row types of employer validation: campaigns, invitations, ratings, suggestions, recorded results.
import type { Generated } from 'kysely'
import type { ValidationResult } from '../../../shared/domain/analysis/types'
import type { Frequency, Rating } from '../../../shared/domain/consensus'

type Timestamps = { createdAt: string; updatedAt: string }

export interface ValidationCampaignsTable extends Timestamps {
  id: Generated<number>
  pathwayId: number
  title: string
  message: string | null
  // The last day (YYYY-MM-DD, UTC) on which employers may answer.
  closesOn: string
  status: 'open' | 'closed'
  scope: 'all' | 'areas'
  createdBy: number | null
  closedAt: string | null
  // Below this many respondents a competency has "not enough responses" and feeds no finding.
  minRespondents: number
  reopenedAt: string | null
}

export interface ValidationCampaignAreasTable {
  campaignId: number
  competencyId: number
}

export interface ValidationInvitesTable {
  id: Generated<number>
  campaignId: number
  employerName: string
  company: string
  email: string
  // SHA-256 (hex) of the link's token; the token itself is shown once and never stored.
  tokenHash: string
  userId: number | null
  createdAt: string
  revokedAt: string | null
  submittedAt: string | null
  // The invitation email: not sent (no SMTP_URL, or not yet), accepted by the server, failed, or refused.
  delivery: InviteDelivery
  deliveryError: string | null
  deliveredAt: string | null
  remindedAt: string | null
}

export type InviteDelivery = 'not_sent' | 'sent' | 'failed' | 'bounced'

export interface ValidationRatingsTable {
  id: Generated<number>
  inviteId: number
  competencyId: number
  rating: Rating
  frequency: Frequency | null
  comment: string | null
  updatedAt: string
}

export interface ValidationSuggestionsTable {
  id: Generated<number>
  inviteId: number
  areaId: number
  statement: string
  status: 'pending' | 'accepted' | 'declined'
  // The competency created when the suggestion was accepted.
  competencyId: number | null
  createdAt: string
  decidedAt: string | null
}

export interface CompetencyValidationsTable {
  id: Generated<number>
  competencyId: number
  campaignId: number
  result: ValidationResult
  respondents: number
  agreeing: number | null
  validatedAt: string
}

export interface RateLimitWindowsTable {
  subject: string
  windowStart: string
  hits: number
}

export interface ValidationTables {
  validation_campaigns: ValidationCampaignsTable
  validation_campaign_areas: ValidationCampaignAreasTable
  validation_invites: ValidationInvitesTable
  validation_ratings: ValidationRatingsTable
  validation_suggestions: ValidationSuggestionsTable
  competency_validations: CompetencyValidationsTable
  rate_limit_windows: RateLimitWindowsTable
}
