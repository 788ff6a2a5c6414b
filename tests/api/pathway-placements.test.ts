import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway } from '../support/factories'

describe.each(testDialects)('pathway placements and private drafts on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it("keeps another organisation's draft on the ladder when an editor who cannot see it replaces the placements", async () => {
    const draft = await accounts.as.faculty.post('/modules', { code: 'DRAFT-9', title: 'Draft', level: 'adult', kind: 'occupational' })
    const shared = await makeModule(test.db, { status: 'approved' })
    // A pathway of the other organisation on which the college's draft was placed (by the system).
    const pathway = await makePathway(test.db, {
      modules: [
        { moduleId: draft.body.id, stage: 1 },
        { moduleId: shared.id, stage: 2 },
      ],
    }, { owner: accounts.organisations.other })
    await createUser(test.db, null, {
      email: 'faculty@elsewhere.test', name: 'Elsewhere', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other,
    })
    const outsider = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@elsewhere.test', TEST_PASSWORD) })
    const seen = await outsider.get(`/pathways/${pathway.slug}`)
    expect(seen.body.stages.flatMap((s: { modules: { code: string }[] }) => s.modules.map((m) => m.code))).toEqual([shared.code])

    const saved = await outsider.patch(`/pathways/${pathway.id}`, { version: seen.body.version, modules: [{ moduleId: shared.id, stage: 3 }] })
    expect(saved.status).toBe(200)
    const asOwner = await accounts.as.faculty.get(`/pathways/${pathway.slug}`)
    const ladder = asOwner.body.stages.map((s: { stage: number; modules: { code: string }[] }) => [s.stage, s.modules.map((m) => m.code)])
    expect(ladder).toEqual([
      [1, ['DRAFT-9']],
      [3, [shared.code]],
    ])
  })
})
