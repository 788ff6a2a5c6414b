// The findings of a pathway (DESIGN §3) as a reader asks for them, with the decisions taken on them: loaded and
// analysed here when small, on analysis workers otherwise (run.ts); reported as report.ts filters and counts.
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { currentDecisions, statesOf, withDecisions } from './decisions'
import { loadPathway, type LoadedPathway } from './load'
import { combineReports, reportOf } from './report'
import { INLINE_BELOW_ROWS, reportsOnWorkers, runAnalysis, type RunOptions } from './run'
import { workerSource } from './worker-source'

// The findings of an already loaded pathway, with the decisions taken on them.
export async function findingsOf(db: Db, loaded: LoadedPathway, query: FindingsQuery, viewer: Viewer, options: RunOptions = {}) {
  const decisions = await currentDecisions(db, loaded.pathway.id)
  return withDecisions(reportOf(loaded, await runAnalysis(loaded.input, options), query, statesOf(decisions)), decisions, viewer)
}

// Analyses the pathway with this slug as the viewer sees it (another organisation's drafts are left out), or
// 404. A big pathway in an SQLite file is loaded and analysed on worker threads, each through a connection of
// its own, so that neither its reads nor its rules hold up other requests; any other is loaded here and
// analysed as runAnalysis decides.
export async function analysePathwayBySlug(db: Db, slug: string, viewer: Viewer, query: FindingsQuery = {}, options: RunOptions = {}) {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const source = await workerSource(db, slug, viewer, inlineBelowRows)
  if (!source) return findingsOf(db, await loadPathway(db, slug, viewer), query, viewer, options)
  const decisions = await currentDecisions(db, source.pathwayId)
  return withDecisions(combineReports(await reportsOnWorkers(source, query, statesOf(decisions), analysis)), decisions, viewer)
}
