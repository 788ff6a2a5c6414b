// Findings seen from one module: which involve it (refs.moduleIds), how many, the worst severity and the kinds.
// Plain functions over a findings report, so the road map and the findings page count alike.
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingKind, type Severity } from '../../../shared/domain/analysis/types'

// The part of a finding these functions read; the client's inferred response type fits it.
export type FindingSketch = Pick<Finding, 'kind' | 'severity'> & { refs: Pick<Finding['refs'], 'moduleIds'> }

export type ModuleFindings = {
  count: number
  worst: Severity
  // Distinct kinds, in the order of FINDING_KINDS.
  kinds: FindingKind[]
}

const rank = (severity: Severity) => SEVERITIES.indexOf(severity)

// Whether a finding names the module among the rows it is about.
export function involvesModule(finding: FindingSketch, moduleId: number): boolean {
  return finding.refs.moduleIds?.includes(moduleId) ?? false
}

// The findings of a report grouped by each module they involve; modules without findings are absent.
export function findingsByModule(findings: readonly FindingSketch[]): Map<number, ModuleFindings> {
  const byModule = new Map<number, { count: number; worst: Severity; kinds: Set<FindingKind> }>()
  for (const finding of findings) {
    for (const id of new Set(finding.refs.moduleIds ?? [])) {
      const entry = byModule.get(id) ?? { count: 0, worst: finding.severity, kinds: new Set<FindingKind>() }
      entry.count++
      if (rank(finding.severity) < rank(entry.worst)) entry.worst = finding.severity
      entry.kinds.add(finding.kind)
      byModule.set(id, entry)
    }
  }
  return new Map(
    [...byModule].map(([id, e]) => [id, { count: e.count, worst: e.worst, kinds: FINDING_KINDS.filter((k) => e.kinds.has(k)) }]),
  )
}

// The address of a pathway's findings page, narrowed to one module when given.
export function findingsHref(slug: string, moduleId?: number): string {
  const base = `/pathways/${encodeURIComponent(slug)}/findings`
  return moduleId === undefined ? base : `${base}?module=${moduleId}`
}
