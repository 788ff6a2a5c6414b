// Stored analyses (analysis_snapshots, analysis_findings): the latest complete snapshot of a pathway as one scope
// sees it, writing a new one beside it (its findings possibly through the analysis threads' own connections),
// and reading a filtered page of its findings with the status the current decisions give each (a decision
// stands while the finding's facts are those it was taken on).
import { setImmediate } from 'node:timers/promises'
import { createQueryId, sql, SqliteAdapter, type CompiledQuery, type DialectAdapter, type Expression, type SqlBool } from 'kysely'
import { MAX_INT } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import type { AnalysisFindingsTable } from '../tables/analysis-cache'

export type SnapshotRow = { id: number; inputVersion: string; computedAt: string; findingCount: number; counts: string | null }

// A stored finding as written and read here: the table's row without the snapshot it belongs to.
export type FindingRow = Omit<AnalysisFindingsTable, 'snapshotId'>

export type FindingFilter = {
  kind?: readonly string[]
  severity?: readonly string[]
  level?: readonly string[]
  module?: number
  competency?: number
  status: readonly string[]
  assignee?: number
  q?: string
}

// Rows per insert statement: 11 values each, within both dialects' limits on bound parameters. PostgreSQL pays a
// round trip per statement, so many rows go in one; SQLite runs a one-row insert fastest (a multi-row VALUES
// copies each row through a coroutine first: about 40% more CPU for a statewide analysis's fifty thousand rows).
const insertRows = (adapter: DialectAdapter) => (adapter instanceof SqliteAdapter ? 1 : 100)

// The columns of a stored finding, in the order an insert binds them.
const FINDING_COLUMNS = [
  'snapshotId',
  'position',
  'kind',
  'severity',
  'fingerprint',
  'factsHash',
  'levels',
  'moduleIds',
  'competencyIds',
  'search',
  'body',
] as const satisfies readonly (keyof AnalysisFindingsTable)[]

// Inserts of `size` findings, compiled once per database and size: building and compiling a 100-row insert
// with Kysely costs about what SQLite spends writing it, and a statewide analysis writes fifty thousand rows.
const compiledInserts = new WeakMap<DialectAdapter, Map<number, CompiledQuery>>()

function insertOf(db: Db, size: number): CompiledQuery {
  const adapter = db.getExecutor().adapter
  let bySize = compiledInserts.get(adapter)
  if (!bySize) compiledInserts.set(adapter, (bySize = new Map()))
  let query = bySize.get(size)
  if (!query) {
    const row = Object.fromEntries(FINDING_COLUMNS.map((column) => [column, ''])) as unknown as AnalysisFindingsTable
    query = db.insertInto('analysis_findings').values(Array.from({ length: size }, () => row)).compile()
    bySize.set(size, query)
  }
  return query
}

export function latestSnapshot(db: Db, pathwayId: number, scope: string): Promise<SnapshotRow | undefined> {
  return db
    .selectFrom('analysis_snapshots')
    .select(['id', 'inputVersion', 'computedAt', 'findingCount', 'counts'])
    .where('pathwayId', '=', pathwayId)
    .where('scope', '=', scope)
    .where('complete', '=', 1)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst()
}

// A new snapshot, incomplete (readers keep the previous one) until completeSnapshot; its id.
export async function createSnapshot(db: Db, snapshot: { pathwayId: number; scope: string; inputVersion: string; computedAt: string }): Promise<number> {
  const { id } = await db.insertInto('analysis_snapshots').values(snapshot).returning('id').executeTakeFirstOrThrow()
  return id
}

// Writes findings of an incomplete snapshot; the caller owns the transaction.
export async function insertFindings(db: Db, snapshotId: number, findings: readonly FindingRow[]): Promise<void> {
  const size = insertRows(db.getExecutor().adapter)
  for (let at = 0; at < findings.length; at += size) {
    const batch = findings.slice(at, at + size)
    const query = insertOf(db, batch.length)
    const parameters: unknown[] = []
    for (const finding of batch) for (const column of FINDING_COLUMNS) parameters.push(column === 'snapshotId' ? snapshotId : finding[column])
    await db.executeQuery({ ...query, parameters, queryId: createQueryId() })
  }
}

// Findings removed per DELETE statement (each its own transaction): a statewide snapshot holds fifty thousand
// findings per scope, and removing them in one statement would hold its locks (and, on SQLite, the only writer
// and the event loop) for as long as that takes.
export const DELETE_ROWS = 2000

// Makes the snapshot the one readers get (the latest complete one), with its counts.
export async function completeSnapshot(db: Db, id: number, result: { findingCount: number; counts: string; computedAt: string }): Promise<void> {
  await db.updateTable('analysis_snapshots').set({ ...result, complete: 1 }).where('id', '=', id).execute()
}

// Removes the snapshots of the pathway and scope of snapshot `id` older than it, which readers no longer take.
export async function dropOlderSnapshots(db: Db, id: number): Promise<void> {
  const older = await db
    .selectFrom('analysis_snapshots as o')
    .innerJoin('analysis_snapshots as s', (join) => join.onRef('s.pathwayId', '=', 'o.pathwayId').onRef('s.scope', '=', 'o.scope'))
    .select('o.id')
    .where('s.id', '=', id)
    .where('o.id', '<', id)
    .execute()
  for (const snapshot of older) await dropSnapshot(db, snapshot.id)
}

// Removes at most `rows` findings of the snapshot, first in its order; how many it removed.
export async function deleteSomeFindings(db: Db, snapshotId: number, rows: number): Promise<number> {
  const first = db.selectFrom('analysis_findings').select('position').where('snapshotId', '=', snapshotId).orderBy('position').limit(rows)
  const result = await db.deleteFrom('analysis_findings').where('snapshotId', '=', snapshotId).where('position', 'in', first).executeTakeFirst()
  return Number(result.numDeletedRows)
}

// Removes a snapshot (an older one, or one that could not be completed) with its findings, `rows` per statement,
// letting other work run between statements; the snapshot's row goes last, so one interrupted half-way is
// still found (and removed) by the next completion.
export async function dropSnapshot(db: Db, id: number, rows = DELETE_ROWS): Promise<void> {
  while ((await deleteSomeFindings(db, id, rows)) === rows) await setImmediate()
  await db.deleteFrom('analysis_snapshots').where('id', '=', id).execute()
}

// The status of the finding `f` as the current decision `d` (left-joined) makes it.
const STATUS = sql<string>`case when d.id is not null and d.facts_hash = f.facts_hash then d.decision else 'open' end`

function filtered(db: Db, snapshotId: number, pathwayId: number, filter: FindingFilter) {
  const framed = (value: string | number) => `%,${value},%`
  return db
    .selectFrom('analysis_findings as f')
    .leftJoin('finding_decisions as d', (join) =>
      join.on('d.pathwayId', '=', pathwayId).onRef('d.fingerprint', '=', 'f.fingerprint').on('d.endedAt', 'is', null),
    )
    .where('f.snapshotId', '=', snapshotId)
    .where((eb) => {
      const all: Expression<SqlBool>[] = [eb(STATUS, 'in', [...filter.status])]
      if (filter.kind?.length) all.push(eb('f.kind', 'in', [...filter.kind]))
      if (filter.severity?.length) all.push(eb('f.severity', 'in', [...filter.severity]))
      if (filter.level?.length) all.push(eb.or(filter.level.map((l) => eb('f.levels', 'like', framed(l)))))
      if (filter.module !== undefined) all.push(eb('f.moduleIds', 'like', framed(filter.module)))
      if (filter.competency !== undefined) all.push(eb('f.competencyIds', 'like', framed(filter.competency)))
      if (filter.assignee !== undefined) {
        all.push(eb.and([eb(STATUS, '=', 'assigned'), eb('d.assigneeId', '=', filter.assignee)]))
      }
      // Every word of the search somewhere in the finding (LIKE's wildcards taken literally).
      for (const word of (filter.q ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
        all.push(sql<SqlBool>`f.search like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`)
      }
      return eb.and(all)
    })
}

// A page of the findings that pass the filter, in the analysis's order.
export async function findingsPage(db: Db, snapshotId: number, pathwayId: number, filter: FindingFilter, page: { limit?: number; offset: number }) {
  // SQLite takes OFFSET only after a LIMIT: "no limit" is the largest one.
  const query = filtered(db, snapshotId, pathwayId, filter).select('f.body').orderBy('f.position').limit(page.limit ?? MAX_INT).offset(page.offset)
  return (await query.execute()).map((r) => r.body)
}

// How many findings pass the filter, by kind and severity.
export async function filteredCounts(db: Db, snapshotId: number, pathwayId: number, filter: FindingFilter) {
  const rows = await filtered(db, snapshotId, pathwayId, filter)
    .select(['f.kind', 'f.severity', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['f.kind', 'f.severity'])
    .execute()
  return rows.map((r) => ({ kind: r.kind, severity: r.severity, n: Number(r.n) }))
}

// The findings of the snapshot on which a current decision stands, by kind, severity and decision: few rows,
// found from the decisions' side (the totals and statuses of every other finding follow from the snapshot's).
export async function standingDecisionCounts(db: Db, snapshotId: number, pathwayId: number) {
  const rows = await db
    .selectFrom('finding_decisions as d')
    .innerJoin('analysis_findings as f', (join) =>
      join.on('f.snapshotId', '=', snapshotId).onRef('f.fingerprint', '=', 'd.fingerprint').onRef('f.factsHash', '=', 'd.factsHash'),
    )
    .where('d.pathwayId', '=', pathwayId)
    .where('d.endedAt', 'is', null)
    .select(['f.kind', 'f.severity', 'd.decision', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['f.kind', 'f.severity', 'd.decision'])
    .execute()
  return rows.map((r) => ({ kind: r.kind, severity: r.severity, decision: r.decision, n: Number(r.n) }))
}

// The stored finding with this fingerprint, if the snapshot holds it.
export async function snapshotFinding(db: Db, snapshotId: number, fingerprint: string): Promise<string | undefined> {
  const row = await db.selectFrom('analysis_findings').select('body').where('snapshotId', '=', snapshotId).where('fingerprint', '=', fingerprint).executeTakeFirst()
  return row?.body
}
