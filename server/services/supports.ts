// Supports and funding: checking what an edit names, and shaping what pages and revisions show.
import type { FundingInput, SupportInput } from '../../shared/schemas/supports'
import type { Db } from '../db/connect'
import { organisationsByIds, type supportsOfModules } from '../db/queries/supports'
import { refuseMissing } from './id-checks'

export type SupportRow = Awaited<ReturnType<typeof supportsOfModules>>[number]

// Refuses supports that name an organisation that does not exist (422 naming the field). Organisations are
// public (every reader lists them), so naming a missing one reveals nothing.
export async function checkSupports(db: Db, supports: readonly SupportInput[] | undefined, field = 'supports') {
  const ids = [...new Set((supports ?? []).flatMap((s) => (s.organisationId ? [s.organisationId] : [])))]
  if (!ids.length) return
  refuseMissing('Organisation', ids, await organisationsByIds(db, ids), field)
}

// A support as pages and the API show it, without the columns that say what it hangs on.
export const shownSupport = ({ pathwayId: _p, moduleId: _m, stage: _s, ...support }: SupportRow) => support

// A support as an edit sends it, from how it is shown (for restoring revisions and keeping lists).
export const supportInputOf = (s: Omit<SupportRow, 'id' | 'pathwayId' | 'moduleId' | 'stage' | 'kind'> & { kind: string }): SupportInput => ({
  kind: s.kind as SupportInput['kind'],
  description: s.description,
  organisationId: s.organisationId,
  contactName: s.contactName,
  contactEmail: s.contactEmail,
  contactPhone: s.contactPhone,
  contactNotes: s.contactNotes,
})

export type FundingRow = FundingInput
