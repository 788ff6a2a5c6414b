import { z } from 'zod'
import { BASIC_SKILL_SUBJECTS, COMPETENCY_KINDS, FRAMEWORK_KINDS, FRAMEWORK_STATUSES, LINK_RELATIONS } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Page, SearchText, Whole } from './common'

export const FrameworkInput = z.object({
  title: Line(),
  publisher: OptionalLine(),
  version: OptionalLine(50),
  kind: z.enum(FRAMEWORK_KINDS),
  source: OptionalLine(500),
  license: OptionalLine(),
  description: OptionalLine(4000),
  status: z.enum(FRAMEWORK_STATUSES).optional(),
})
export type FrameworkInput = z.infer<typeof FrameworkInput>
// `revision`: the framework's revision the edit was made on; when given and no longer current, the edit is refused
// (409 stale_version) instead of overwriting someone else's.
export const FrameworkPatch = FrameworkInput.partial().extend({ revision: Whole(1).optional() })
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
// `status: 'active'` publishes a draft item; `retired` retires the item (true) or puts it back in use (false).
export const CompetencyPatch = CompetencyInput.omit({ frameworkId: true })
  .partial()
  .extend({ status: z.literal('active').optional(), retired: z.boolean().optional() })
export type CompetencyPatch = z.infer<typeof CompetencyPatch>

// Moves an item under another (null: to the top level) at the given place among its new siblings (0: first;
// past the end: last). The new parent must be in the same framework and not beneath the item.
export const CompetencyMove = z.object({ parentId: Id.nullable(), index: Whole(0) })
export type CompetencyMove = z.infer<typeof CompetencyMove>

// Search by code or words: every word must appear in the code or the statement.
export const CompetencySearch = Page.extend({
  q: SearchText(),
  frameworkId: Id.optional(),
  kind: z.enum(COMPETENCY_KINDS).optional(),
  // Retired items are left out (the pickers offer them for no new alignment) unless asked for.
  retired: z.enum(['exclude', 'include']).default('exclude'),
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
