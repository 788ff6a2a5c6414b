// The "report" stage of a pathway's flow (load → index → rules → report): the findings of an analysis as a
// reader asks for them, filtered by kind, severity, level, module, status and assignee, with counts of what is
// shown and of everything found. Pure, so a worker (pipeline.ts) and the request thread report alike.
import { combineResults } from '../../../shared/domain/analysis/analyse'
import { addCounts, countFindings } from '../../../shared/domain/analysis/counts'
import { decisionStates, standingDecision, statusOf, type DecisionState, type DecisionStates } from '../../../shared/domain/analysis/decisions'
import type { AnalysisResult, Finding, FindingCounts } from '../../../shared/domain/analysis/types'
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import { FINDING_STATUSES, type FindingStatus } from '../../../shared/schemas/finding-decision'
import type { LoadedPathway } from './load'

export type FindingsReport = {
  pathway: LoadedPathway['pathway']
  findings: Finding[]
  // Of the findings returned (after the filters).
  counts: FindingCounts
  // Of every finding of the pathway that is not accepted as intended, so a page can show what the filters hide.
  totals: FindingCounts
  // Every finding of the pathway by the decisions on it ("12 open, 2 assigned, 3 accepted").
  byStatus: Record<FindingStatus, number>
  generatedAt: string
}

// What the status filter keeps when the query names none: what still needs doing.
const UNRESOLVED: readonly FindingStatus[] = ['open', 'assigned']

// Keeps the findings of the asked kinds, severities and statuses that involve one of the asked levels (a module
// of theirs is at that level, or the finding names the level itself) and the asked module, assigned to the
// asked person. A finding about no module (an uncovered competency, say) involves no level, so a level filter
// leaves it out.
function filterFindings(findings: readonly Finding[], query: FindingsQuery, loaded: LoadedPathway, states: DecisionStates): Finding[] {
  const { kind, severity, level, module, assignee } = query
  const status = query.status?.length ? query.status : UNRESOLVED
  const moduleLevel = new Map(loaded.input.modules.map((m) => [m.id, m.level as string]))
  const involves = (f: Finding, levels: readonly string[]) =>
    (f.refs.levels ?? []).some((l) => levels.includes(l)) || (f.refs.moduleIds ?? []).some((id) => levels.includes(moduleLevel.get(id)!))
  return findings.filter(
    (f) =>
      (!kind?.length || kind.includes(f.kind)) &&
      (!severity?.length || severity.includes(f.severity)) &&
      (!level?.length || involves(f, level)) &&
      (module === undefined || (f.refs.moduleIds ?? []).includes(module)) &&
      status.includes(statusOf(f, states)) &&
      (assignee === undefined || standingDecision(f, states)?.assigneeId === assignee),
  )
}

// The report of an analysis of a loaded pathway: its findings as the query filters them, and the counts, which
// leave out findings accepted as intended.
export function reportOf(loaded: LoadedPathway, result: AnalysisResult, query: FindingsQuery, decisions: readonly DecisionState[] = []): FindingsReport {
  const states = decisionStates(decisions)
  const findings = filterFindings(result.findings, query, loaded, states)
  const byStatus: Record<FindingStatus, number> = { open: 0, assigned: 0, accepted: 0 }
  for (const f of result.findings) byStatus[statusOf(f, states)]++
  const totals = byStatus.accepted === 0 ? result.counts : countFindings(result.findings.filter((f) => statusOf(f, states) !== 'accepted'))
  return { pathway: loaded.pathway, findings, counts: countFindings(findings), totals, byStatus, generatedAt: new Date().toISOString() }
}

// One report from reports on disjoint kinds of findings of the same pathway and query (the halves of an
// analysis run side by side): what a report on all of those kinds at once gives.
export function combineReports(reports: readonly FindingsReport[]): FindingsReport {
  if (reports.length === 1) return reports[0]!
  const { findings, counts } = combineResults(reports.map((r) => ({ findings: r.findings, counts: r.counts })))
  const totals = addCounts(reports.map((r) => r.totals))
  const byStatus: Record<FindingStatus, number> = { open: 0, assigned: 0, accepted: 0 }
  for (const r of reports) for (const status of FINDING_STATUSES) byStatus[status] += r.byStatus[status]
  return { pathway: reports[0]!.pathway, findings, counts, totals, byStatus, generatedAt: reports[0]!.generatedAt }
}
