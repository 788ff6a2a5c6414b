// What the API answers about pathways: the list (GET /api/pathways) and one pathway as a road map
// (GET /api/pathways/:slug). Rows the road map names by id come with their codes and titles beside the ids.
import { z } from 'zod'
import { ORGANISATION_KINDS } from '../../domain/permissions'
import { CREDENTIAL_KINDS, DELIVERY_FORMATS, FRAMEWORK_KINDS, FUNDING_SOURCES } from '../../domain/vocabulary'
import { Count, OwnerId, pageOf, RowId, Stamps } from './common'
import { JobFiguresAnswer } from './labor'
import { ArticulationAnswer, moduleSummaryFields, SupportAnswer } from './module'

const PATHWAY_STATUSES = ['draft', 'review', 'approved', 'archived'] as const
const OccupationAnswer = z.object({ socCode: z.string(), title: z.string() })

const pathwayFields = {
  id: RowId,
  uuid: z.string(),
  slug: z.string(),
  title: z.string(),
  sector: z.string(),
  description: z.string().nullable(),
  organisationId: OwnerId,
  version: z.number().int(),
  familyWageHourly: z.number().nullable(),
  familyWageSource: z.string().nullable(),
  familyWageRegion: z.string().nullable(),
  familyWageYear: z.number().int().nullable(),
  status: z.enum(PATHWAY_STATUSES),
  approvedVersion: z.number().int().nullable(),
  ...Stamps,
}

export const PathwayListAnswer = pageOf(z.object({ ...pathwayFields, moduleCount: Count, occupations: z.array(OccupationAnswer) }))

// A module as placed on the ladder, with the jobs at its exit and the credentials it leads to.
const PlacedModule = z.object({
  ...moduleSummaryFields,
  organisationId: OwnerId,
  version: z.number().int(),
  stage: z.number().int(),
  position: z.number().int(),
  isEntry: z.boolean(),
  isExit: z.boolean(),
  delivery: z.array(z.enum(DELIVERY_FORMATS)),
  occupations: z.array(JobFiguresAnswer),
  credentials: z.array(z.object({ id: RowId, title: z.string(), kind: z.enum(CREDENTIAL_KINDS), industryRecognised: z.boolean(), stacksInto: z.array(RowId) })),
})

// The time and cost to earn a credential from one entry module (null when a module on the way lacks a figure;
// those modules' codes are listed).
const RouteAnswer = z.object({
  entryId: RowId,
  entryCode: z.string(),
  entryTitle: z.string(),
  moduleIds: z.array(RowId),
  weeks: z.number().nullable(),
  cost: z.number().nullable(),
  unknownWeeks: z.array(z.string()),
  unknownCost: z.array(z.string()),
})

// A module of the road map named by id, code and title.
const moduleRefFields = { moduleId: RowId, moduleCode: z.string(), moduleTitle: z.string() }

export const RoadMapAnswer = z.object({
  ...pathwayFields,
  // "public": approved content only; "partner": what a signed-in partner may see.
  view: z.enum(['public', 'partner']),
  partners: z.array(z.object({ id: RowId, name: z.string(), kind: z.enum(ORGANISATION_KINDS) })),
  occupations: z.array(OccupationAnswer),
  frameworks: z.array(z.object({ id: RowId, title: z.string(), kind: z.enum(FRAMEWORK_KINDS), competencyCount: Count })),
  stages: z.array(z.object({ stage: z.number().int(), modules: z.array(PlacedModule) })),
  credentials: z.array(
    z.object({
      id: RowId,
      title: z.string(),
      kind: z.enum(CREDENTIAL_KINDS),
      issuer: z.string().nullable(),
      industryRecognised: z.boolean(),
      stacksInto: z.array(RowId),
      occupations: z.array(JobFiguresAnswer),
      moduleIds: z.array(RowId),
      routes: z.array(RouteAnswer),
    }),
  ),
  articulations: z.array(ArticulationAnswer),
  supports: z.array(SupportAnswer.extend({ stage: z.number().int().nullable() })),
  moduleSupports: z.array(SupportAnswer.extend(moduleRefFields)),
  funding: z.array(z.object({ ...moduleRefFields, source: z.enum(FUNDING_SOURCES), notes: z.string().nullable() })),
  // "Module requires prerequisite" among the modules shown.
  prerequisites: z.array(z.object({ ...moduleRefFields, prerequisiteId: RowId, prerequisiteCode: z.string(), prerequisiteTitle: z.string() })),
})
export type PathwayListAnswer = z.input<typeof PathwayListAnswer>
export type RoadMapAnswer = z.input<typeof RoadMapAnswer>
