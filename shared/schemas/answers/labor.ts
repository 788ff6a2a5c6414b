// What the API answers about the jobs a pathway or credential leads to: the figures a road map shows.
import { z } from 'zod'
import { OwnerId, pageOf, RowId } from './common'

export const WageAnswer = z.object({
  id: RowId,
  socCode: z.string(),
  source: z.string(),
  year: z.number().int(),
  period: z.string(),
  region: z.string(),
  organisationId: OwnerId,
  organisationName: z.string().nullable(),
  hourlyMedian: z.number().nullable(),
  annualMedian: z.number().nullable(),
  hourlyP25: z.number().nullable(),
  hourlyP75: z.number().nullable(),
  annualP25: z.number().nullable(),
  annualP75: z.number().nullable(),
  notes: z.string().nullable(),
  updatedAt: z.string(),
  sourceWords: z.string(),
  kind: z.enum(['national', 'local']),
})

export const ProjectionAnswer = z.object({
  period: z.string(),
  baseEmployment: z.number().nullable(),
  projectedEmployment: z.number().nullable(),
  changePercent: z.number().nullable(),
  annualOpenings: z.number().nullable(),
  entryEducation: z.string().nullable(),
  sourceWords: z.string(),
})

// A job with the wage that applies (the owner's local row before the national one) and whether its median reaches
// the pathway's family-sustaining wage (null when either is unknown).
export const JobFiguresAnswer = z.object({
  socCode: z.string(),
  title: z.string(),
  wage: WageAnswer.extend({ effectiveHourly: z.number().nullable() }).nullable(),
  projection: ProjectionAnswer.nullable(),
  atFamilyWage: z.boolean().nullable(),
})

// The SOC 2018 occupations (GET /api/occupations) and one with all its wages and projections
// (GET /api/occupations/:soc).
const occupationFields = { socCode: z.string(), title: z.string(), majorGroup: z.string(), majorTitle: z.string() }
export const OccupationListAnswer = pageOf(z.object(occupationFields))
export const OccupationAnswer = z.object({
  ...occupationFields,
  definition: z.string().nullable(),
  wages: z.array(WageAnswer),
  projections: z.array(ProjectionAnswer),
})
export type OccupationListAnswer = z.input<typeof OccupationListAnswer>
export type OccupationAnswer = z.input<typeof OccupationAnswer>
