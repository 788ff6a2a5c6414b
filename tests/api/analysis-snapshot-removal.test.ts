// Removing stored analyses (db/queries/analysis-snapshots): a statewide snapshot's fifty thousand findings go a
// bounded number per statement, with other work let in between, and a completed snapshot leaves only itself
// for its pathway and scope (another scope's stays).
import { setImmediate } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/db/connect'
import {
  completeSnapshot,
  createSnapshot,
  deleteSomeFindings,
  dropOlderSnapshots,
  dropSnapshot,
  insertFindings,
  type FindingRow,
} from '../../server/db/queries/analysis-snapshots'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makePathway } from '../support/factories'

const finding = (position: number): FindingRow => ({
  position,
  kind: 'uncovered',
  severity: 'info',
  fingerprint: `f${position}`,
  factsHash: 'h',
  levels: ',',
  moduleIds: ',',
  competencyIds: ',',
  search: '',
  body: '{}',
})

// A snapshot of `findings` findings, complete or not.
async function snapshotOf(db: Db, pathwayId: number, scope: string, findings: number, complete = true): Promise<number> {
  const id = await createSnapshot(db, { pathwayId, scope, inputVersion: 'v', computedAt: new Date().toISOString() })
  await db.transaction().execute((trx) => insertFindings(trx, id, Array.from({ length: findings }, (_, i) => finding(i))))
  if (complete) await completeSnapshot(db, id, { findingCount: findings, counts: '{}', computedAt: new Date().toISOString() })
  return id
}

async function findingsOf(db: Db, snapshotId: number): Promise<number> {
  const row = await db.selectFrom('analysis_findings').select((eb) => eb.fn.countAll<number | string>().as('n')).where('snapshotId', '=', snapshotId).executeTakeFirstOrThrow()
  return Number(row.n)
}

const snapshotIds = async (db: Db, pathwayId: number) =>
  (await db.selectFrom('analysis_snapshots').select('id').where('pathwayId', '=', pathwayId).orderBy('id').execute()).map((r) => r.id)

describe.each(testDialects)('removing stored analyses on %s', (dialect) => {
  let test: TestDb
  let pathwayId: number

  beforeAll(async () => {
    test = await createTestDb(dialect)
    pathwayId = (await makePathway(test.db)).id
  })
  afterAll(() => test.destroy())

  it('removes at most the asked number of findings per statement, first in order', async () => {
    const id = await snapshotOf(test.db, pathwayId, 'batch', 250)
    expect(await deleteSomeFindings(test.db, id, 100)).toBe(100)
    expect(await findingsOf(test.db, id)).toBe(150)
    const left = await test.db.selectFrom('analysis_findings').select('position').where('snapshotId', '=', id).orderBy('position').executeTakeFirstOrThrow()
    expect(left.position).toBe(100)
    await dropSnapshot(test.db, id)
    expect(await findingsOf(test.db, id)).toBe(0)
    expect(await snapshotIds(test.db, pathwayId)).not.toContain(id)
  })

  it('lets other work run between the statements of a big removal', async () => {
    const id = await snapshotOf(test.db, pathwayId, 'big', 5000)
    let turns = 0
    let removing = true
    const other = (async () => {
      while (removing) {
        turns++
        await setImmediate()
      }
    })()
    await dropSnapshot(test.db, id, 1000)
    removing = false
    await other
    expect(await findingsOf(test.db, id)).toBe(0)
    // One turn at the start, then at least one after each of the first four statements of 1,000.
    expect(turns).toBeGreaterThanOrEqual(5)
  })

  it('leaves only the completed snapshot of its pathway and scope, with an incomplete older one gone too', async () => {
    const old = await snapshotOf(test.db, pathwayId, 'all', 30)
    const unfinished = await snapshotOf(test.db, pathwayId, 'all', 10, false)
    const otherScope = await snapshotOf(test.db, pathwayId, 'approved', 5)
    const latest = await snapshotOf(test.db, pathwayId, 'all', 20)
    await dropOlderSnapshots(test.db, latest)
    const ids = await snapshotIds(test.db, pathwayId)
    expect(ids).toContain(latest)
    expect(ids).toContain(otherScope)
    expect(ids).not.toContain(old)
    expect(ids).not.toContain(unfinished)
    expect(await findingsOf(test.db, old)).toBe(0)
    expect(await findingsOf(test.db, unfinished)).toBe(0)
    expect(await findingsOf(test.db, latest)).toBe(20)
    expect(await findingsOf(test.db, otherScope)).toBe(5)
  })
})
