// The one visibility rule, said twice: maySee (shared, for one row in hand) and visibleTo (SQL, for every list and
// reference check) must agree for every kind of reader and every kind of module.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { maySee, type Actor } from '../../shared/domain/permissions'
import { modulesByIds } from '../../server/db/queries/modules'
import { ensureOrganisation } from '../../server/services/users'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'

describe.each(testDialects)('the visibility rule on %s', (dialect) => {
  let test: TestDb
  let rows: { id: number; status: string; organisationId: number | null; approvedVersion: number | null }[]
  let readers: [string, Actor | null][]
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const a = (await ensureOrganisation(test.db, { name: 'A', kind: 'college' })).id
    const b = (await ensureOrganisation(test.db, { name: 'B', kind: 'college' })).id
    rows = []
    for (const status of ['draft', 'review', 'approved'] as const) {
      for (const owner of [a, b, null]) rows.push(await makeModule(test.db, { status }, { owner }))
    }
    readers = [
      ['anonymous', null],
      ['faculty of A', { id: 1, role: 'faculty', organisationId: a }],
      ['viewer of B', { id: 2, role: 'viewer', organisationId: b }],
      ['faculty of no organisation', { id: 3, role: 'faculty', organisationId: null }],
      ['admin of no organisation', { id: 4, role: 'admin', organisationId: null }],
    ]
  })
  afterAll(() => test.destroy())

  it('lets SQL and the shared rule see the same modules', async () => {
    for (const [who, reader] of readers) {
      const inSql = (await modulesByIds(test.db, rows.map((r) => r.id), reader)).map((m) => m.id).sort((x, y) => x - y)
      const inCode = rows.filter((r) => maySee(reader, r)).map((r) => r.id)
      expect(inSql, who).toEqual(inCode)
    }
    // Modules never approved: their organisation's and admins'; an unowned one the admins' alone.
    const drafts = rows.filter((r) => r.approvedVersion === null)
    expect(drafts.filter((r) => maySee(readers[1]![1], r)).map((r) => r.organisationId)).toEqual([readers[1]![1]!.organisationId])
    expect(drafts.filter((r) => maySee(readers[4]![1], r))).toHaveLength(3)
    expect(drafts.filter((r) => maySee(null, r))).toEqual([])
  })
})
