// The findings of a pathway (DESIGN §3) as a reader asks for them: filtered by kind, severity and level, with
// counts of what is shown and of everything found.
import { combineResults } from '../../../shared/domain/analysis/analyse'
import { countFindings } from '../../../shared/domain/analysis/counts'
import { FINDING_KINDS, SEVERITIES, type AnalysisResult, type Finding, type FindingCounts } from '../../../shared/domain/analysis/types'
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { loadPathway, type LoadedPathway } from './load'
import { INLINE_BELOW_ROWS, reportsOnWorkers, runAnalysis, type RunOptions } from './run'
import { workerSource } from './worker-source'

export type FindingsReport = {
  pathway: LoadedPathway['pathway']
  findings: Finding[]
  // Of the findings returned (after the filters).
  counts: FindingCounts
  // Of every finding of the pathway, so a page can show what the filters hide.
  totals: FindingCounts
  generatedAt: string
}

// Keeps the findings of the asked kinds and severities that involve one of the asked levels: a module of
// theirs is at that level, or the finding names the level itself. A finding about no module (an uncovered
// competency, say) involves no level, so a level filter leaves it out.
function filterFindings(findings: readonly Finding[], query: FindingsQuery, loaded: LoadedPathway): Finding[] {
  const { kind, severity, level } = query
  const moduleLevel = new Map(loaded.input.modules.map((m) => [m.id, m.level as string]))
  const involves = (f: Finding, levels: readonly string[]) =>
    (f.refs.levels ?? []).some((l) => levels.includes(l)) || (f.refs.moduleIds ?? []).some((id) => levels.includes(moduleLevel.get(id)!))
  return findings.filter(
    (f) =>
      (!kind?.length || kind.includes(f.kind)) &&
      (!severity?.length || severity.includes(f.severity)) &&
      (!level?.length || involves(f, level)),
  )
}

// The report of an analysis of a loaded pathway: its findings as the query filters them, and the counts.
export function reportOf(loaded: LoadedPathway, result: AnalysisResult, query: FindingsQuery): FindingsReport {
  const findings = filterFindings(result.findings, query, loaded)
  return { pathway: loaded.pathway, findings, counts: countFindings(findings), totals: result.counts, generatedAt: new Date().toISOString() }
}

// One report from reports on disjoint kinds of findings of the same pathway and query (the halves of an
// analysis run side by side): what a report on all of those kinds at once gives.
function combineReports(reports: readonly FindingsReport[]): FindingsReport {
  if (reports.length === 1) return reports[0]!
  const { findings, counts } = combineResults(reports.map((r) => ({ findings: r.findings, counts: r.counts })))
  const totals = countFindings([])
  for (const r of reports) {
    for (const kind of FINDING_KINDS) totals.byKind[kind] += r.totals.byKind[kind]
    for (const severity of SEVERITIES) totals.bySeverity[severity] += r.totals.bySeverity[severity]
  }
  return { pathway: reports[0]!.pathway, findings, counts, totals, generatedAt: reports[0]!.generatedAt }
}

// The findings of an already loaded pathway.
export async function findingsOf(loaded: LoadedPathway, query: FindingsQuery, options: RunOptions = {}): Promise<FindingsReport> {
  return reportOf(loaded, await runAnalysis(loaded.input, options), query)
}

// Analyses the pathway with this slug as the viewer sees it (another organisation's drafts are left out), or
// 404. A big pathway in an SQLite file is loaded and analysed on worker threads, each through a connection of
// its own, so that neither its reads nor its rules hold up other requests; any other is loaded here and
// analysed as runAnalysis decides.
export async function analysePathwayBySlug(db: Db, slug: string, viewer: Viewer, query: FindingsQuery = {}, options: RunOptions = {}) {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const source = await workerSource(db, slug, viewer, inlineBelowRows)
  if (source) return combineReports(await reportsOnWorkers(source, query, analysis))
  return findingsOf(await loadPathway(db, slug, viewer), query, options)
}
