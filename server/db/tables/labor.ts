// Row types of the labour-market reference data (occupations, wages, projections) and of the links that name
// target occupations at a pathway's exits and for credentials.
import type { ColumnType, Generated } from 'kysely'

export interface OccupationsTable {
  socCode: string
  title: string
  definition: string | null
  majorGroup: string
  majorTitle: string
}

// One set of wage figures for an occupation: a shipped national row (organisationId null) or a partnership's
// local row. Nominal US dollars; null where the source publishes no figure.
export interface OccupationWagesTable {
  id: Generated<number>
  socCode: string
  source: string
  year: number
  period: string
  region: string
  organisationId: ColumnType<number | null, number | null | undefined, number | null>
  hourlyMedian: number | null
  annualMedian: number | null
  hourlyP25: number | null
  hourlyP75: number | null
  annualP25: number | null
  annualP75: number | null
  employment: number | null
  notes: string | null
  createdAt: string
  updatedAt: string
}

// Employment projections (persons, self-employed included) over a period such as "2024–34".
export interface OccupationProjectionsTable {
  socCode: string
  period: string
  baseEmployment: number | null
  projectedEmployment: number | null
  changePercent: number | null
  annualOpenings: number | null
  entryEducation: string | null
}

export interface ReferenceDataTable {
  name: string
  version: string
  loadedAt: string
}

export interface PathwayExitOccupationsTable {
  pathwayId: number
  moduleId: number
  socCode: string
  position: number
}

export interface CredentialOccupationsTable {
  credentialId: number
  socCode: string
  position: number
}

export interface LaborTables {
  occupations: OccupationsTable
  occupation_wages: OccupationWagesTable
  occupation_projections: OccupationProjectionsTable
  reference_data: ReferenceDataTable
  pathway_exit_occupations: PathwayExitOccupationsTable
  credential_occupations: CredentialOccupationsTable
}
