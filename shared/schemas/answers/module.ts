// What the API answers about modules: the list (GET /api/modules) and one module with everything its page shows
// (GET /api/modules/:id). Every other row a module names comes with its code and title beside its id.
import { z } from 'zod'
import { ARTICULATION_KINDS, CREDENTIAL_KINDS, DELIVERY_FORMATS, DEPTHS, FUNDING_SOURCES, LEVELS, MODULE_KINDS, MODULE_STATUSES, SUPPORT_KINDS } from '../../domain/vocabulary'
import { OwnerId, pageOf, RichTextAnswer, RowId, Stamps } from './common'

// The columns every module summary carries (lists, road maps).
export const moduleSummaryFields = {
  id: RowId,
  code: z.string(),
  title: z.string(),
  level: z.enum(LEVELS),
  kind: z.enum(MODULE_KINDS),
  clockHours: z.number().nullable(),
  credits: z.number().nullable(),
  entryLevel: z.string().nullable(),
  status: z.enum(MODULE_STATUSES),
  durationWeeks: z.number().int().nullable(),
  costToStudent: z.number().int().nullable(),
  approvedVersion: z.number().int().nullable(),
}

export const ModuleListItem = z.object({
  ...moduleSummaryFields,
  uuid: z.string(),
  version: z.number().int(),
  organisationId: OwnerId,
  teamTaughtShare: z.number().nullable(),
  ...Stamps,
})
export const ModuleListAnswer = pageOf(ModuleListItem)

// An alignment of the module or one of its outcomes, with the competency's code and statement and its framework.
export const AlignmentAnswer = z.object({
  id: RowId,
  outcomeId: RowId.nullable(),
  competencyId: RowId,
  depth: z.enum(DEPTHS),
  assessed: z.boolean(),
  competencyCode: z.string(),
  competencyStatement: z.string(),
  frameworkId: RowId,
  frameworkTitle: z.string(),
})

// An articulation with the codes and titles of both ends (a module, or a credential on the "from" side).
export const ArticulationAnswer = z.object({
  id: RowId,
  fromModuleId: RowId.nullable(),
  fromModuleCode: z.string().nullable(),
  fromModuleTitle: z.string().nullable(),
  fromCredentialId: RowId.nullable(),
  fromCredentialTitle: z.string().nullable(),
  toModuleId: RowId,
  toModuleCode: z.string(),
  toModuleTitle: z.string(),
  credits: z.number().nullable(),
  kind: z.enum(ARTICULATION_KINDS),
  description: z.string().nullable(),
  organisationId: OwnerId,
  ...Stamps,
})

export const SupportAnswer = z.object({
  id: RowId,
  kind: z.enum(SUPPORT_KINDS),
  description: z.string(),
  organisationId: OwnerId,
  organisationName: z.string().nullable(),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  contactPhone: z.string().nullable(),
  contactNotes: z.string().nullable(),
})

const PairedModule = z.object({
  id: RowId,
  code: z.string(),
  title: z.string(),
  kind: z.enum(MODULE_KINDS),
  level: z.enum(LEVELS),
  status: z.enum(MODULE_STATUSES),
  organisationId: OwnerId,
  approvedVersion: z.number().int().nullable(),
})

export const ModuleAnswer = ModuleListItem.extend({
  delivery: z.array(z.enum(DELIVERY_FORMATS)),
  description: RichTextAnswer,
  outcomes: z.array(
    z.object({ id: RowId, uuid: z.string(), position: z.number().int(), text: z.string(), content: RichTextAnswer, alignments: z.array(AlignmentAnswer) }),
  ),
  // Alignments of the module as a whole (outcomeId null).
  alignments: z.array(AlignmentAnswer),
  prerequisites: z.array(z.object({ id: RowId, code: z.string(), title: z.string(), level: z.enum(LEVELS) })),
  credentials: z.array(z.object({ id: RowId, title: z.string(), kind: z.enum(CREDENTIAL_KINDS) })),
  pathways: z.array(z.object({ id: RowId, slug: z.string(), title: z.string(), stage: z.number().int() })),
  articulationsInto: z.array(ArticulationAnswer),
  articulationsOutOf: z.array(ArticulationAnswer),
  // The modules this bridge prepares learners for, and the bridges that prepare learners for this module.
  targets: z.array(PairedModule),
  bridges: z.array(PairedModule),
  supports: z.array(SupportAnswer),
  funding: z.array(z.object({ source: z.enum(FUNDING_SOURCES), notes: z.string().nullable() })),
})
export type ModuleListAnswer = z.input<typeof ModuleListAnswer>
export type ModuleAnswer = z.input<typeof ModuleAnswer>
export type ArticulationAnswer = z.input<typeof ArticulationAnswer>
