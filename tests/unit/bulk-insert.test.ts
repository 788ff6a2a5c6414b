// A bulk insert writes every row, in batches of one compiled statement (a shorter last batch too), answers the
// returning columns of each row, and works inside a transaction, in both dialects.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bulkInsert } from '../../server/db/bulk-insert'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('bulk insert (%s)', (dialect) => {
  let t: TestDb
  beforeAll(async () => {
    t = await createTestDb(dialect)
  })
  afterAll(() => t.destroy())

  // Five columns: 1,000 rows a statement, so 2,345 rows take two full batches and one of 345.
  const rows = (from: number, count: number) => Array.from({ length: count }, (_, i) => ({
    uuid: `00000000-0000-4000-8000-${String(from + i).padStart(12, '0')}`, title: `Framework ${from + i}`, kind: 'occupational', createdAt: 'x', updatedAt: 'x',
  }))

  it('inserts every row and answers each row returning columns', async () => {
    const ids = await bulkInsert<{ id: number; uuid: string }>(t.db, 'frameworks', rows(0, 2_345), ['id', 'uuid'])
    expect(ids).toHaveLength(2_345)
    const stored = await t.db.selectFrom('frameworks').select(['id', 'uuid', 'title']).orderBy('id').execute()
    expect(stored.map((r) => r.title)).toEqual(rows(0, 2_345).map((r) => r.title))
    expect(new Map(ids.map((r) => [r.uuid, r.id]))).toEqual(new Map(stored.map((r) => [r.uuid, r.id])))
  })

  it('writes a second call with other values through the same statement, in a transaction, and nothing for no rows', async () => {
    await t.db.transaction().execute(async (trx) => {
      expect(await bulkInsert(trx, 'frameworks', rows(5_000, 1_000))).toEqual([])
      expect(await bulkInsert(trx, 'frameworks', [])).toEqual([])
    })
    const titles = (await t.db.selectFrom('frameworks').select('title').execute()).map((r) => r.title)
    expect(titles).toHaveLength(3_345)
    expect(titles).toContain('Framework 5999')
  })
})
