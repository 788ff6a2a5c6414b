import { z } from 'zod'
import { BASIC_SKILL_SUBJECTS, COMPETENCY_KINDS, FRAMEWORK_KINDS, LINK_RELATIONS } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Page, SearchText, Whole } from './common'

export const FrameworkInput = z.object({
  title: Line(),
  publisher: OptionalLine(),
  version: OptionalLine(50),
  kind: z.enum(FRAMEWORK_KINDS),
  source: OptionalLine(500),
  license: OptionalLine(),
  description: OptionalLine(4000),
})
export type FrameworkInput = z.infer<typeof FrameworkInput>
export const FrameworkPatch = FrameworkInput.partial()
export type FrameworkPatch = z.infer<typeof FrameworkPatch>

export const FrameworkQuery = Page.extend({ kind: z.enum(FRAMEWORK_KINDS).optional() })

export const CompetencyInput = z.object({
  frameworkId: Id,
  parentId: Id.nullish(),
  code: Line(60),
  statement: Line(1000),
  kind: z.enum(COMPETENCY_KINDS),
  level: OptionalLine(20),
  // For basic-skills items: the subject a bridge groups it under (inherited from the nearest ancestor when null).
  subject: z.enum(BASIC_SKILL_SUBJECTS).nullish(),
  position: Whole(0).optional(),
})
export type CompetencyInput = z.infer<typeof CompetencyInput>
export const CompetencyPatch = CompetencyInput.omit({ frameworkId: true }).partial()
export type CompetencyPatch = z.infer<typeof CompetencyPatch>

// Search by code or words: every word must appear in the code or the statement.
export const CompetencySearch = Page.extend({
  q: SearchText(),
  frameworkId: Id.optional(),
  kind: z.enum(COMPETENCY_KINDS).optional(),
})
export type CompetencySearch = z.infer<typeof CompetencySearch>

export const CompetencyLinkInput = z.object({
  fromId: Id,
  toId: Id,
  relation: z.enum(LINK_RELATIONS),
  minLevel: OptionalLine(20),
})
export type CompetencyLinkInput = z.infer<typeof CompetencyLinkInput>
export const CompetencyLinkQuery = Page.extend({ competencyId: Id.optional(), relation: z.enum(LINK_RELATIONS).optional() })
export const CompetencyLinkPatch = CompetencyLinkInput.pick({ relation: true, minLevel: true }).partial()
export type CompetencyLinkPatch = z.infer<typeof CompetencyLinkPatch>

// Bulk edit of basic-skill requirements: add (or re-level) or remove the "requires" link from each competency to
// one basic-skills standard. Ids are deduplicated; minLevel is a code of the basic-skill level scale, or null.
export const REQUIREMENT_ACTIONS = ['add', 'remove'] as const
export const RequirementsBulkInput = z.object({
  competencyIds: z
    .array(Id)
    .min(1)
    .max(500)
    .transform((ids) => [...new Set(ids)]),
  skillId: Id,
  minLevel: OptionalLine(20),
  action: z.enum(REQUIREMENT_ACTIONS),
})
export type RequirementsBulkInput = z.infer<typeof RequirementsBulkInput>
