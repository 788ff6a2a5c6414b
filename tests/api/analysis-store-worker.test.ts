// A big pathway's stored analysis is written by the analysis workers themselves (each half through its own
// connection, side by side), never passing its findings through the request thread: the stored rows must be
// those the same pathway analysed and written inline gives, in the analysis's reading order; a write that fails
// on a worker fails the computation, and nothing of its snapshot stays.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import type { Db } from '../../server/db/connect'
import { createSnapshot } from '../../server/db/queries/analysis-snapshots'
import { configurePool, poolSettings } from '../../server/services/analysis/pool'
import { analyseIntoSnapshot } from '../../server/services/analysis/stored'
import { computeAndStore } from '../../server/services/analysis-cache/store'
import { scopeOf } from '../../server/services/analysis-cache/scope'
import { seedDemo } from '../../server/services/seed/index'
import { analysePathway } from '../../shared/domain/analysis/analyse'
import { loadPathway } from '../../server/services/analysis/load'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const slug = demo.pathway.slug
const defaults = poolSettings()

// The stored rows of a snapshot in reading order, without the snapshot's id and the positions' spacing.
async function storedRows(db: Db, snapshotId: number) {
  const rows = await db.selectFrom('analysis_findings').selectAll().where('snapshotId', '=', snapshotId).orderBy('position').execute()
  return rows.map(({ snapshotId: _id, position: _position, ...row }) => row)
}

async function analysedInto(db: Db, pathwayId: number, scope: string, inlineBelowRows: number) {
  const id = await createSnapshot(db, { pathwayId, scope, inputVersion: 'test', computedAt: new Date().toISOString() })
  const counts = await analyseIntoSnapshot(db, slug, null, id, { inlineBelowRows })
  return { id, counts }
}

describe.each(testDialects)('the stored analysis written by workers on %s', (dialect) => {
  let test: TestDb
  let pathwayId: number

  beforeAll(async () => {
    test = await createTestDb(dialect, { file: true })
    await seedDemo(test.db)
    pathwayId = (await test.db.selectFrom('pathways').select('id').where('slug', '=', slug).executeTakeFirstOrThrow()).id
  })
  afterAll(async () => {
    configurePool(defaults)
    await test.destroy()
  })

  it.each([1, 2])('stores what an inline analysis stores, in reading order, on %i thread(s)', async (threads) => {
    configurePool({ threads })
    const here = await analysedInto(test.db, pathwayId, `here-${threads}`, Infinity)
    const there = await analysedInto(test.db, pathwayId, `there-${threads}`, 0)
    const rows = await storedRows(test.db, there.id)
    expect(rows.length).toBeGreaterThan(10)
    // Both halves wrote: the near-duplicate pass's findings and the other rules' side by side.
    expect(new Set(rows.map((r) => r.kind)).size).toBeGreaterThan(3)
    expect(rows.some((r) => r.kind === 'near_duplicate_outcomes')).toBe(true)
    expect(rows).toEqual(await storedRows(test.db, here.id))
    expect(there.counts).toEqual(here.counts)
    const analysed = analysePathway((await loadPathway(test.db, slug, null)).input)
    expect(rows.map((r) => JSON.parse(r.body))).toEqual(analysed.findings)
    expect(there.counts).toEqual(analysed.counts)
  })

  it('fails when a worker cannot write, and computeAndStore leaves no snapshot of its own behind', async () => {
    await expect(analyseIntoSnapshot(test.db, slug, null, 987_654, { inlineBelowRows: 0 })).rejects.toThrow()
    expect(await test.db.selectFrom('analysis_findings').select('position').where('snapshotId', '=', 987_654).execute()).toEqual([])
    const scope = scopeOf(null)
    const snapshots = () => test.db.selectFrom('analysis_snapshots').select('id').where('pathwayId', '=', pathwayId).orderBy('id').execute()
    const before = await snapshots()
    await expect(computeAndStore(test.db, { id: pathwayId, slug: 'no-such-pathway' }, scope, 'v')).rejects.toMatchObject({ status: 404 })
    expect(await snapshots()).toEqual(before)
  })
})
