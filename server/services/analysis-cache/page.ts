// A page of a pathway's findings from its stored analysis (DESIGN §3, issue 15): filtered and counted in the
// database, with the status the current decisions give each finding. When the pathway's data changed since the
// stored result, a small pathway is analysed again before answering; a big one answers with the last result,
// marked `updating`, while one replica recomputes it in the background (202 with no findings when there is no
// result yet). The answer's ETag names the stored result, the data version, the scope and the query.
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { countFindings } from '../../../shared/domain/analysis/counts'
import { FINDING_KINDS, SEVERITIES, type Finding, type FindingCounts, type FindingKind, type Severity } from '../../../shared/domain/analysis/types'
import type { FindingsPageQuery } from '../../../shared/schemas/analysis'
import type { FindingStatus } from '../../../shared/schemas/finding-decision'
import type { Db } from '../../db/connect'
import { filteredCounts, findingsPage, latestSnapshot, standingDecisionCounts, type FindingFilter, type SnapshotRow } from '../../db/queries/analysis-snapshots'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import { entityTag } from '../../middleware/etag'
import type { Viewer } from '../access'
import { currentDecisions, withDecisions } from '../analysis/decisions'
import { refresh, refreshInBackground } from './refresh'
import { scopeOf } from './scope'
import { inputSize } from './size'
import { dataVersion, resultVersion } from './version'

// What the status filter keeps when the query names none: what still needs doing.
const UNRESOLVED: readonly FindingStatus[] = ['open', 'assigned']

export type CacheOptions = {
  // A pathway whose analysis reads fewer rows than this is analysed again before answering (it takes tens of
  // milliseconds); a bigger one answers with its last result while it is recomputed.
  waitBelowRows: number
  // How the analysis is run (the outcome findings' settings); a result stored with other settings is stale.
  analysis?: AnalysisOptions
}

// As many rows as the analysis runs inline for (services/analysis/run.ts): tens of milliseconds.
export const ANALYSIS_WAIT_BELOW_ROWS = 10_000

export type Pathway = { id: number; slug: string; title: string }

// What the route needs: the status (200, or 202 while a first result is computed), the ETag, and the answer.
export type ServedFindings = { status: 200 | 202; etag: string; answer: () => Promise<FindingsPageAnswer> }
export type FindingsPageAnswer = Awaited<ReturnType<typeof pageOf>>

// The latest stored result for the scope, computed first when it is missing or out of date and the pathway is
// small; with `updating` when what is served is older than the data.
export async function storedResult(db: Db, pathway: Pathway, viewer: Viewer, options: CacheOptions) {
  const scope = scopeOf(viewer)
  const version = await dataVersion(db, pathway.id)
  const current = resultVersion(version.input, options.analysis)
  let snapshot = await latestSnapshot(db, pathway.id, scope.key)
  if (!snapshot || snapshot.inputVersion !== current) {
    if ((await inputSize(db, pathway.id, version.input)) < options.waitBelowRows) {
      if ((await refresh(db, pathway, scope, options.analysis)) === 'computed') snapshot = await latestSnapshot(db, pathway.id, scope.key)
    } else refreshInBackground(db, pathway, scope, options.analysis)
  }
  return { scope, version, snapshot, updating: !snapshot || snapshot.inputVersion !== current }
}

export async function servedFindings(db: Db, slug: string, viewer: Viewer, query: FindingsPageQuery, options: CacheOptions): Promise<ServedFindings> {
  const row = await findPathwayBySlug(db, slug)
  if (!row) throw new NotFound('Pathway', slug)
  const pathway = { id: row.id, slug: row.slug, title: row.title }
  const { scope, version, snapshot, updating } = await storedResult(db, pathway, viewer, options)
  // Names in decisions are for people signed in only, so whether the reader is one is part of the tag.
  const etag = entityTag('findings', pathway.id, pathway.title, scope.key, viewer !== null, snapshot?.id ?? null, updating, version.decisions, JSON.stringify(query))
  return {
    status: snapshot ? 200 : 202,
    etag,
    answer: () => pageOf(db, pathway, viewer, query, snapshot, updating),
  }
}

const noCounts = (): FindingCounts => countFindings([])

// The page the query asks for of the stored result `snapshot` (none yet: an empty page), decisions applied.
export async function pageOf(db: Db, pathway: Pathway, viewer: Viewer, query: FindingsPageQuery, snapshot: SnapshotRow | undefined, updating: boolean) {
  const page = { limit: query.limit ?? null, offset: query.offset }
  if (!snapshot) {
    const byStatus: Record<FindingStatus, number> = { open: 0, assigned: 0, accepted: 0 }
    return { pathway, findings: [], counts: noCounts(), totals: noCounts(), byStatus, generatedAt: null, updating, total: 0, ...page }
  }
  const statuses = query.status?.length ? query.status : UNRESOLVED
  const filter: FindingFilter = { ...query, status: statuses }
  const [bodies, decisions, standing] = await Promise.all([
    findingsPage(db, snapshot.id, pathway.id, filter, query),
    currentDecisions(db, pathway.id),
    standingDecisionCounts(db, snapshot.id, pathway.id),
  ])
  const all: FindingCounts = snapshot.counts ? JSON.parse(snapshot.counts) : noCounts()
  const byStatus: Record<FindingStatus, number> = { open: snapshot.findingCount, assigned: 0, accepted: 0 }
  // Of each status, by kind and severity: the decided ones counted, the open ones what is left.
  const ofStatus: Record<FindingStatus, Cell[]> = { open: [], assigned: [], accepted: [] }
  for (const s of standing) {
    const decision = s.decision as 'accepted' | 'assigned'
    byStatus[decision] += s.n
    byStatus.open -= s.n
    ofStatus[decision].push({ kind: s.kind as FindingKind, severity: s.severity as Severity, n: s.n })
  }
  const totals = minus(all, ofStatus.accepted)
  const counts = onlyStatusFilter(query)
    ? countsOfStatuses(all, ofStatus, statuses)
    : countsOf((await filteredCounts(db, snapshot.id, pathway.id, filter)).map((c) => ({ ...c, kind: c.kind as FindingKind, severity: c.severity as Severity })))
  const findings = bodies.map((body) => JSON.parse(body) as Finding)
  return {
    pathway,
    ...withDecisions({ findings }, decisions, viewer),
    counts,
    totals,
    byStatus,
    generatedAt: snapshot.computedAt,
    updating,
    total: SEVERITIES.reduce((sum, s) => sum + counts.bySeverity[s], 0),
    ...page,
  }
}

type Cell = { kind: FindingKind; severity: Severity; n: number }

function countsOf(cells: readonly Cell[]): FindingCounts {
  const counts = noCounts()
  for (const c of cells) {
    counts.byKind[c.kind] += c.n
    counts.bySeverity[c.severity] += c.n
  }
  return counts
}

function minus(all: FindingCounts, cells: readonly Cell[]): FindingCounts {
  const less = countsOf(cells)
  return {
    byKind: Object.fromEntries(FINDING_KINDS.map((k) => [k, all.byKind[k] - less.byKind[k]])) as FindingCounts['byKind'],
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, all.bySeverity[s] - less.bySeverity[s]])) as FindingCounts['bySeverity'],
  }
}

// The counts of the findings of these statuses, from the counts of all and those of the decided ones.
function countsOfStatuses(all: FindingCounts, ofStatus: Record<FindingStatus, Cell[]>, statuses: readonly FindingStatus[]): FindingCounts {
  const open = minus(all, [...ofStatus.accepted, ...ofStatus.assigned])
  const parts = statuses.map((s) => (s === 'open' ? open : countsOf(ofStatus[s])))
  return {
    byKind: Object.fromEntries(FINDING_KINDS.map((k) => [k, parts.reduce((sum, p) => sum + p.byKind[k], 0)])) as FindingCounts['byKind'],
    bySeverity: Object.fromEntries(SEVERITIES.map((s) => [s, parts.reduce((sum, p) => sum + p.bySeverity[s], 0)])) as FindingCounts['bySeverity'],
  }
}

// True when the query filters by status alone: its counts then follow from the stored counts and the decisions.
function onlyStatusFilter(q: FindingsPageQuery): boolean {
  return !q.kind?.length && !q.severity?.length && !q.level?.length && q.module === undefined && q.competency === undefined && q.assignee === undefined && !q.q
}
