// Wrap-around supports (on a pathway, a stage or a module) and the funding sources of a module, as requests
// carry them. Lists replace what was stored, like every collection of a module or pathway.
import { z } from 'zod'
import { FUNDING_SOURCES, SUPPORT_KINDS } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Text, Whole } from './common'

// A phone number as people write one: digits, spaces, +, (), -, dots, and an extension ("x 12").
const PHONE = /^[0-9+().\-\s/x]*[0-9][0-9+().\-\s/x]*$/i

export const SupportInput = z.object({
  kind: z.enum(SUPPORT_KINDS),
  description: Line(1000),
  // The partner organisation that provides the support; null when it is not recorded.
  organisationId: Id.nullish(),
  contactName: OptionalLine(200),
  contactEmail: Text(254)
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, 'must be an email address such as name@example.org'),
  contactPhone: Text(40)
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || PHONE.test(v), 'must be a phone number such as 555-0100'),
  // Hours, where to go, who qualifies: what a student needs to use the support.
  contactNotes: OptionalLine(1000),
})
export type SupportInput = z.infer<typeof SupportInput>

// A pathway's support is for the whole pathway, or for one stage of its ladder.
export const PathwaySupportInput = SupportInput.extend({ stage: Whole(1).max(20).nullish() })
export type PathwaySupportInput = z.infer<typeof PathwaySupportInput>

export const Supports = z.array(SupportInput).max(30)
export const PathwaySupports = z.array(PathwaySupportInput).max(100)

export const FundingInput = z.object({
  source: z.enum(FUNDING_SOURCES),
  notes: OptionalLine(1000),
})
export type FundingInput = z.infer<typeof FundingInput>

// Each funding source at most once per module.
export const Funding = z
  .array(FundingInput)
  .max(FUNDING_SOURCES.length)
  .refine((list) => new Set(list.map((f) => f.source)).size === list.length, { message: 'Each funding source may be listed once' })

// Whole weeks from a module's start to its end: at least one, at most five years.
export const DurationWeeks = Whole(1).max(260, 'must be at most 260 weeks (five years)')
// What the student pays for a module in whole US dollars (tuition, fees, books, tools), before any aid.
export const CostToStudent = Whole(0).max(100_000, 'must be at most $100,000')
