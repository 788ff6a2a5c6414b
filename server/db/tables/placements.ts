// Row types of placement proposals: a bridge or integrated module proposed for a pathway's stage by someone of
// another organisation, waiting for the pathway's owners.
import type { Generated } from 'kysely'

export type ProposalState = 'pending' | 'approved' | 'declined'

export interface PlacementProposalsTable {
  id: Generated<number>
  pathwayId: number
  moduleId: number
  stage: number
  state: ProposalState
  proposedBy: number | null
  proposedAt: string
  decidedBy: number | null
  decidedAt: string | null
}

export interface PlacementTables {
  placement_proposals: PlacementProposalsTable
}
