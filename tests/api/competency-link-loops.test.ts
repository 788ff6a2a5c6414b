// "Precedes" links order competencies: a link that would close a loop (A precedes B … precedes A) is refused, 422
// naming the loop, whether it is created or made by changing a link's relation; nothing is written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework } from '../support/factories'
import { expectRefusedUnchanged } from './authorisation-support'

describe.each(testDialects)('loops of precedes links on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('refuses the link that would close a loop, created or changed, and accepts one that does not', async () => {
    const { competencies } = await makeFramework(test.db, { codes: ['P-1', 'P-2', 'P-3'] })
    const [a, b, c] = competencies.map((x) => x.id) as [number, number, number]
    const link = (fromId: number, toId: number, relation = 'precedes') => accounts.as.faculty.post('/competency-links', { fromId, toId, relation })
    expect((await link(a, b)).status).toBe(201)
    expect((await link(b, c)).status).toBe(201)
    const closing = await expectRefusedUnchanged(test.db, 'P-3 precedes P-1', () => link(c, a))
    expect(closing.status).toBe(422)
    expect(closing.body.error.message).toBe('"Precedes" links would form a loop: P-3 → P-1 → P-2 → P-3')
    expect((await expectRefusedUnchanged(test.db, 'P-2 precedes P-1', () => link(b, a))).status).toBe(422)

    // Another relation may point back; turning it into "precedes" may not.
    const related = await link(c, a, 'related')
    expect(related.status).toBe(201)
    const turned = await expectRefusedUnchanged(test.db, 'related → precedes', () => accounts.as.faculty.patch(`/competency-links/${related.body.id}`, { relation: 'precedes' }))
    expect(turned.status).toBe(422)
    expect(turned.body.error.message).toContain('P-3 → P-1 → P-2 → P-3')
    expect((await link(a, c)).status).toBe(201)
  })
})
