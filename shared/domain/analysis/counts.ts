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

// The counts of several sets of findings together.
export function addCounts(parts: readonly FindingCounts[]): FindingCounts {
  const sum = countFindings([])
  for (const part of parts) {
    for (const kind of FINDING_KINDS) sum.byKind[kind] += part.byKind[kind]
    for (const severity of SEVERITIES) sum.bySeverity[severity] += part.bySeverity[severity]
  }
  return sum
}
