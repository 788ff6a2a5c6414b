// Supports and funding as the editors hold them (text as typed, a key per row) and as requests send them.
import type { FundingSource, SupportKind } from '../../shared/domain/vocabulary'

export type SupportDraft = {
  key: string
  kind: SupportKind
  description: string
  // The provider's organisation id as text; '' when not recorded.
  organisationId: string
  contactName: string
  contactEmail: string
  contactPhone: string
  contactNotes: string
  // Pathway supports only: '' for the whole pathway, else the stage number.
  stage: string
}

export type FundingDraft = { source: FundingSource; notes: string }

type StoredSupport = {
  kind: SupportKind
  description: string
  organisationId: number | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  contactNotes: string | null
  stage?: number | null
}

let keys = 0
const newKey = () => `support-${++keys}`

// A blank support to fill in.
export const newSupport = (): SupportDraft => ({
  key: newKey(),
  kind: 'career_counselling',
  description: '',
  organisationId: '',
  contactName: '',
  contactEmail: '',
  contactPhone: '',
  contactNotes: '',
  stage: '',
})

// The editable draft of a stored support.
export const supportDraftOf = (s: StoredSupport): SupportDraft => ({
  key: newKey(),
  kind: s.kind,
  description: s.description,
  organisationId: s.organisationId == null ? '' : String(s.organisationId),
  contactName: s.contactName ?? '',
  contactEmail: s.contactEmail ?? '',
  contactPhone: s.contactPhone ?? '',
  contactNotes: s.contactNotes ?? '',
  stage: s.stage == null ? '' : String(s.stage),
})

// A support as a module edit sends it (the server's schema checks and trims it).
export const supportInput = (s: SupportDraft) => ({
  kind: s.kind,
  description: s.description,
  organisationId: s.organisationId ? Number(s.organisationId) : null,
  contactName: s.contactName,
  contactEmail: s.contactEmail,
  contactPhone: s.contactPhone,
  contactNotes: s.contactNotes,
})

// A support as a pathway edit sends it, with its stage.
export const pathwaySupportInput = (s: SupportDraft) => ({ ...supportInput(s), stage: s.stage ? Number(s.stage) : null })

// Funding as an edit sends it.
export const fundingInput = (f: FundingDraft) => ({ source: f.source, notes: f.notes })
