// Computing a pathway's analysis for one scope and storing it as a snapshot (db/queries/analysis-snapshots):
// every finding of every status, each as a row with the columns a page is filtered on.
import { countFindings } from '../../../shared/domain/analysis/counts'
import type { Finding } from '../../../shared/domain/analysis/types'
import { FINDING_STATUSES } from '../../../shared/schemas/finding-decision'
import type { Db } from '../../db/connect'
import { storeSnapshot, type FindingRow } from '../../db/queries/analysis-snapshots'
import { analysePathwayBySlug } from '../analysis/findings'
import type { Scope } from './scope'

// Lets the event loop serve other requests between two inserts.
const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

// ",a,b," so that a LIKE '%,a,%' finds one value in the list.
const framed = (values: readonly (string | number)[]) => `,${values.join(',')},`

function rowOf(finding: Finding, position: number): FindingRow {
  const modules = finding.rows.modules ?? []
  const competencies = finding.rows.competencies ?? []
  const levels = new Set([...(finding.refs.levels ?? []), ...modules.map((m) => m.level)])
  const words = [finding.message, ...modules.flatMap((m) => [m.code, m.title]), ...competencies.flatMap((c) => [c.code, c.title])]
  return {
    position,
    kind: finding.kind,
    severity: finding.severity,
    fingerprint: finding.fingerprint,
    factsHash: finding.factsHash,
    levels: framed([...levels]),
    moduleIds: framed(finding.refs.moduleIds ?? []),
    competencyIds: framed(finding.refs.competencyIds ?? []),
    search: words.join(' ').toLowerCase(),
    body: JSON.stringify(finding),
  }
}

// Analyses the pathway as the scope sees it and stores the result as computed from `inputVersion` (read before
// the analysis started: a write during it leaves the stored version behind, so the result is computed again).
export async function computeAndStore(db: Db, pathway: { id: number; slug: string }, scope: Scope, inputVersion: string): Promise<void> {
  const report = await analysePathwayBySlug(db, pathway.slug, scope.viewer, { status: [...FINDING_STATUSES] })
  // The report carries each finding's status and decision now; those are applied when a page is read.
  const findings = report.findings.map(({ status: _status, decision: _decision, ...finding }) => finding)
  await storeSnapshot(
    db,
    { pathwayId: pathway.id, scope: scope.key, inputVersion, computedAt: new Date().toISOString(), counts: JSON.stringify(countFindings(findings)) },
    findings.map(rowOf),
    pause,
  )
}
