// The findings of a pathway (DESIGN §3) as a reader asks for them: filtered by kind, severity and level, with
// counts of what is shown and of everything found.
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingCounts } from '../../../shared/domain/analysis/types'
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { loadPathway, type LoadedPathway } from './load'
import { runAnalysis, type RunOptions } from './run'

export type FindingsReport = {
  pathway: LoadedPathway['pathway']
  findings: Finding[]
  // Of the findings returned (after the filters).
  counts: FindingCounts
  // Of every finding of the pathway, so a page can show what the filters hide.
  totals: FindingCounts
  generatedAt: string
}

// Every kind and severity present (zero when none), so a summary never has holes.
function countFindings(findings: readonly Finding[]): FindingCounts {
  const byKind = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as FindingCounts['byKind']
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as FindingCounts['bySeverity']
  for (const f of findings) {
    byKind[f.kind]++
    bySeverity[f.severity]++
  }
  return { byKind, bySeverity }
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

// The findings of an already loaded pathway.
export async function findingsOf(loaded: LoadedPathway, query: FindingsQuery, options: RunOptions = {}): Promise<FindingsReport> {
  const result = await runAnalysis(loaded.input, options)
  const findings = filterFindings(result.findings, query, loaded)
  return { pathway: loaded.pathway, findings, counts: countFindings(findings), totals: result.counts, generatedAt: new Date().toISOString() }
}

// Analyses the pathway with this slug as the viewer sees it (another organisation's drafts are left out), or 404.
export async function analysePathwayBySlug(db: Db, slug: string, viewer: Viewer, query: FindingsQuery = {}, options: RunOptions = {}) {
  return findingsOf(await loadPathway(db, slug, viewer), query, options)
}
