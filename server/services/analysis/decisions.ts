// The decisions on a pathway's findings as a findings report carries them: each finding with its status and the
// current decision on it (standing, or lapsed because the facts changed), names left out for anonymous readers.
import type { DecisionState } from '../../../shared/domain/analysis/decisions'
import type { Finding } from '../../../shared/domain/analysis/types'
import type { FindingStatus } from '../../../shared/schemas/finding-decision'
import type { Db } from '../../db/connect'
import { currentDecisions as currentRows, type DecisionRow } from '../../db/queries/finding-decisions'
import type { Viewer } from '../access'

// The current decisions of a pathway (one per fingerprint at most).
export function currentDecisions(db: Db, pathwayId: number): Promise<DecisionRow[]> {
  return currentRows(db, pathwayId)
}

// What a finding carries of the current decision on it. `standing` is false once the finding's facts differ
// from those the decision was taken on: the finding is open again ("reopened: facts changed").
export type FindingDecision = {
  id: number
  decision: DecisionRow['decision']
  reason: string | null
  assigneeId: number | null
  assigneeName: string | null
  dueOn: string | null
  decidedByName: string | null
  decidedAt: string
  standing: boolean
}

export type ReportedFinding = Finding & { status: FindingStatus; decision: FindingDecision | null }

// The minimal state of each decision that the status of a finding depends on (what crosses to a worker).
export function statesOf(rows: readonly DecisionRow[]): DecisionState[] {
  return rows.map(({ fingerprint, factsHash, decision, assigneeId }) => ({ fingerprint, factsHash, decision, assigneeId }))
}

// The report with each finding's status and current decision; who decided and who is assigned are shown to
// people signed in, never to anonymous readers.
export function withDecisions<R extends { findings: Finding[] }>(report: R, rows: readonly DecisionRow[], viewer: Viewer): Omit<R, 'findings'> & { findings: ReportedFinding[] } {
  const byFingerprint = new Map(rows.map((row) => [row.fingerprint, row]))
  const findings = report.findings.map((f): ReportedFinding => {
    const row = byFingerprint.get(f.fingerprint)
    if (!row) return { ...f, status: 'open', decision: null }
    const standing = row.factsHash === f.factsHash
    const decision: FindingDecision = {
      id: row.id,
      decision: row.decision,
      reason: row.reason,
      assigneeId: viewer ? row.assigneeId : null,
      assigneeName: viewer ? row.assigneeName : null,
      dueOn: row.dueOn,
      decidedByName: viewer ? row.decidedByName : null,
      decidedAt: row.decidedAt,
      standing,
    }
    return { ...f, status: standing ? row.decision : 'open', decision }
  })
  return { ...report, findings }
}
