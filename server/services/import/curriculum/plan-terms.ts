// The funding and supports a curriculum workbook gives each module and the pathway, and how they differ from what
// is stored. Lists are compared whole and in order, as an edit replaces them whole.
import { FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS } from '../../../../shared/domain/vocabulary'
import type { FieldChange } from '../../../../shared/schemas/curriculum'
import type { FundingInput, PathwaySupportInput, SupportInput } from '../../../../shared/schemas/supports'
import { supportInputOf } from '../../supports'
import type { Workbook } from './read'
import type { Lookups } from './resolve'

// A support with its provider's name, as the workbook gives it or the database stores it.
type Named = { support: SupportInput; stage?: number | null; providerName: string | null }

export type Terms = {
  // Null when the workbook has no Funding (Supports) sheet: what is stored stays.
  fundingOf: (code: string) => FundingInput[] | null
  supportsOf: (code: string) => Named[] | null
  pathway: Named[] | null
}

// Gathers the rows of the Funding and Supports sheets by module and for the pathway, resolving each provider once.
export function termsOf(workbook: Workbook, lookups: Lookups): Terms {
  const funding = workbook.funding
  const supports = (workbook.supports ?? []).flatMap((s) => {
    const organisationId = lookups.provider(s)
    return s.support ? [{ moduleCode: s.moduleCode, named: { support: { ...s.support, organisationId }, stage: s.stage, providerName: s.organisation } }] : []
  })
  const given = workbook.supports !== null
  return {
    fundingOf: (code) => funding && funding.flatMap((f) => (f.moduleCode === code && f.source ? [{ source: f.source, notes: f.notes }] : [])),
    supportsOf: (code) => (given ? supports.filter((s) => s.moduleCode === code).map((s) => s.named) : null),
    pathway: given ? supports.filter((s) => s.moduleCode === null).map((s) => s.named) : null,
  }
}

const fundingWords = (list: readonly { source: string; notes: string | null }[]) =>
  list.map((f) => `${FUNDING_SOURCE_LABELS[f.source as FundingInput['source']] ?? f.source}${f.notes ? `: ${f.notes}` : ''}`).join('; ')

const supportWords = (list: readonly Named[]) =>
  list
    .map(({ support: s, stage, providerName }) =>
      [stage ? `Stage ${stage}` : null, `${SUPPORT_KIND_LABELS[s.kind]}: ${s.description}`, providerName, s.contactName, s.contactEmail, s.contactPhone, s.contactNotes]
        .filter(Boolean)
        .join(' · '),
    )
    .join('; ')

// Two lists are the same when every support has the same kind, text, provider, contact and stage, in order.
const supportKey = (list: readonly Named[]) =>
  JSON.stringify(list.map(({ support: s, stage }) => [stage ?? null, s.kind, s.description, s.organisationId ?? null, s.contactName ?? null, s.contactEmail ?? null, s.contactPhone ?? null, s.contactNotes ?? null]))

// A stored support as the workbook would name it.
export const namedOf = (s: Parameters<typeof supportInputOf>[0] & { organisationName: string | null; stage?: number | null }): Named => ({
  support: supportInputOf(s),
  stage: s.stage ?? null,
  providerName: s.organisationName,
})

// The change of funding, or null when the list is the same (or not given).
export function fundingChange(stored: readonly FundingInput[], given: FundingInput[] | null): FieldChange | null {
  const key = (list: readonly FundingInput[]) => JSON.stringify(list.map((f) => [f.source, f.notes ?? null]))
  if (given === null || key(stored) === key(given)) return null
  return { field: 'funding', before: fundingWords(stored), after: fundingWords(given) }
}

// The change of supports, or null when the list is the same (or not given).
export function supportsChange(stored: readonly Named[], given: Named[] | null): FieldChange | null {
  if (given === null || supportKey(stored) === supportKey(given)) return null
  return { field: 'supports', before: supportWords(stored), after: supportWords(given) }
}

// The pathway's supports as the pathway edit takes them.
export const pathwaySupportsOf = (list: readonly Named[]): PathwaySupportInput[] => list.map(({ support, stage }) => ({ ...support, stage: stage ?? null }))
