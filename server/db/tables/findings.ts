// Row type of the decisions people take on findings (accepted as intended, assigned), kept by fingerprint.
import type { Generated } from 'kysely'
import type { DecisionKind } from '../../../shared/schemas/finding-decision'

export interface FindingDecisionsTable {
  id: Generated<number>
  pathwayId: number
  fingerprint: string
  kind: string
  // The facts hash of the finding when the decision was taken; a finding with other facts is open again.
  factsHash: string
  decision: DecisionKind
  reason: string | null
  assigneeId: number | null
  // YYYY-MM-DD.
  dueOn: string | null
  summary: string
  decidedBy: number | null
  decidedAt: string
  endedAt: string | null
  endedBy: number | null
  endReason: 'replaced' | 'withdrawn' | null
}

export interface FindingTables {
  finding_decisions: FindingDecisionsTable
}
