// Row types of aggregate learner outcomes (migrations 20261212T900000-outcome-counts and
// 20261213T200000-credential-outcome-counts).
import type { ColumnType, Generated } from 'kysely'

export interface OutcomeCountsTable {
  id: Generated<number>
  moduleId: number
  // The module's organisation when the counts were entered: its people see them without suppression.
  organisationId: ColumnType<number | null, number | null | undefined, number | null>
  term: string
  subgroupDimension: string
  subgroupValue: string
  enrolled: number
  completed: number
  credentialEarned: number
  continued: number | null
  employedQ2: number | null
  medianEarningsQ2: number | null
  // Where the figures come from (migration 20261213T100000-outcome-source); empty when nobody said.
  source: ColumnType<string, string | undefined, string>
  updatedBy: number | null
  createdAt: string
  updatedAt: string
}

// The same counts per credential earned through a pathway; the organisation is the credential's.
export interface CredentialOutcomeCountsTable extends Omit<OutcomeCountsTable, 'moduleId'> {
  credentialId: number
}

export interface OutcomeTables {
  outcome_counts: OutcomeCountsTable
  credential_outcome_counts: CredentialOutcomeCountsTable
}
