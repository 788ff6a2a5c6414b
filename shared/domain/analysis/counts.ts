// Counts of findings by kind and by severity, every key present (zero when none) so a summary has no holes.
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingCounts } from './types'

export function countFindings(findings: readonly Pick<Finding, 'kind' | 'severity'>[]): FindingCounts {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts['byKind']
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as FindingCounts['bySeverity']
  for (const f of findings) {
    byKind[f.kind]++
    bySeverity[f.severity]++
  }
  return { byKind, bySeverity }
}
