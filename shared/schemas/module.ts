import { z } from 'zod'
import { DELIVERY_FORMATS, DEPTHS, LEVELS, MODULE_KINDS, MODULE_STATUSES } from '../domain/vocabulary'
import { Id, Line, OptionalLine, Page, QueryWhole, SearchText, Whole } from './common'
import { RichText } from './rich-text'
import { CostToStudent, DurationWeeks, Funding, Supports } from './supports'
import { NO_STATUS_MESSAGE } from './workflow'

export const AlignmentInput = z.object({
  competencyId: Id,
  depth: z.enum(DEPTHS),
  assessed: z.boolean().default(false),
})
export type AlignmentInput = z.infer<typeof AlignmentInput>

export const OutcomeInput = z.object({
  // An existing outcome keeps its id (and so its identity); one without an id is new.
  id: Id.optional(),
  content: RichText,
  alignments: z.array(AlignmentInput).max(200).default([]),
})
export type OutcomeInput = z.infer<typeof OutcomeInput>

// The delivery formats of a module, each at most once. No default: an edit that leaves it out keeps what is stored.
export const Delivery = z
  .array(z.enum(DELIVERY_FORMATS))
  .max(DELIVERY_FORMATS.length)
  .refine((formats) => new Set(formats).size === formats.length, { message: 'Each delivery format may be listed once' })

const ModuleFields = z.object({
  code: Line(40),
  title: Line(),
  level: z.enum(LEVELS),
  kind: z.enum(MODULE_KINDS),
  clockHours: Whole(0).max(5000).nullish(),
  credits: z.number().min(0).max(200).nullish(),
  entryLevel: OptionalLine(40),
  // Percent of an integrated module's hours that a basic-skills and an occupational instructor teach together.
  teamTaughtShare: Whole(0).max(100).nullish(),
  durationWeeks: DurationWeeks.nullish(),
  costToStudent: CostToStudent.nullish(),
  delivery: Delivery.optional(),
  description: RichText.optional(),
  // Status moves through the workflow actions (shared/domain/workflow.ts), never by an edit.
  status: z.undefined({ error: NO_STATUS_MESSAGE }).optional(),
})

const ModuleCollections = z.object({
  // Collections, when given, replace what the module had, in one transaction.
  outcomes: z.array(OutcomeInput).max(200),
  alignments: z.array(AlignmentInput).max(500),
  prerequisiteIds: z.array(Id).max(100),
  credentialIds: z.array(Id).max(50),
  // The modules a bridge or integrated module prepares its learners for.
  targetIds: z.array(Id).max(50),
  // Wrap-around supports of this module, and the sources of money that can pay for it.
  supports: Supports,
  funding: Funding,
})

export const ModuleInput = ModuleFields.extend(ModuleCollections.partial().shape)
export type ModuleInput = z.infer<typeof ModuleInput>

// What the system (seed, factories of tests) creates: a module may start approved, as an approval by the system,
// or in review (its first revision approved by the system and submitted again, as the demo's changes in review).
export const SystemModuleInput = ModuleInput.extend({ status: z.enum(['draft', 'review', 'approved']).default('draft') })
export type SystemModuleInput = z.infer<typeof SystemModuleInput>

// An update names the version it was read at; a stale version is refused with 409.
export const ModulePatch = ModuleFields.partial()
  .extend(ModuleCollections.partial().shape)
  // `autosave`: the editor saved on its own as the person typed; such saves by one person a few minutes apart
  // fold into one revision instead of a revision every few seconds.
  .extend({ version: Whole(1), autosave: z.boolean().optional() })
export type ModulePatch = z.infer<typeof ModulePatch>

export const ModuleQuery = Page.extend({
  q: SearchText(),
  level: z.enum(LEVELS).optional(),
  kind: z.enum(MODULE_KINDS).optional(),
  status: z.enum(MODULE_STATUSES).optional(),
  organisationId: Id.optional(),
})
export type ModuleQuery = z.infer<typeof ModuleQuery>

export const RevisionParam = z.object({ id: Id, version: QueryWhole(1) })
export const RevisionCompare = z.object({ from: QueryWhole(1), to: QueryWhole(1) })
// Restoring names the version the person was looking at, like any edit.
export const RestoreInput = z.object({ version: Whole(1) })
