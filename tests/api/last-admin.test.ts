// The last active admin can be neither demoted nor disabled (409 naming why), and two admins demoting each other
// at once leave one of them an admin.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { expectRefusedUnchanged } from './authorisation-support'

describe.each(testDialects)('the last admin on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  const activeAdmins = async () =>
    (await test.db.selectFrom('users').select('id').where('role', '=', 'admin').where('disabled', '=', 0).execute()).length

  it('refuses to demote or disable the only active admin, themselves included', async () => {
    const self = accounts.users.admin.id
    for (const patch of [{ role: 'faculty' }, { disabled: true }]) {
      const answer = await expectRefusedUnchanged(test.db, JSON.stringify(patch), () => accounts.as.admin.patch(`/users/${self}`, patch))
      expect(answer.status).toBe(409)
      expect(answer.body.error.code).toBe('last_admin')
      expect(answer.body.error.message).toMatch(/would leave no active administrator/)
    }
    // Other changes to the last admin are fine.
    expect((await accounts.as.admin.patch(`/users/${self}`, { name: 'Still admin' })).status).toBe(200)
  })

  it('lets one of two admins step down, then keeps the other', async () => {
    const second = await createUser(test.db, null, { email: 'second@test.rungs', name: 'Second', password: TEST_PASSWORD, role: 'admin', organisationId: null })
    expect((await accounts.as.admin.patch(`/users/${second.id}`, { disabled: true })).status).toBe(200)
    expect((await accounts.as.admin.patch(`/users/${accounts.users.admin.id}`, { role: 'viewer' })).status).toBe(409)
    expect(await activeAdmins()).toBe(1)
  })

  it('leaves an admin when two admins demote each other at the same moment', async () => {
    const emails = ['duel-a@test.rungs', 'duel-b@test.rungs']
    const ids = []
    for (const email of emails) ids.push((await createUser(test.db, null, { email, name: email, password: TEST_PASSWORD, role: 'admin', organisationId: null })).id)
    // The test admin leaves the stage, so only the two remain.
    const [a, b] = await Promise.all(emails.map(async (email) => apiClient(test.db, { cookie: await signInCookie(test.db, email, TEST_PASSWORD) })))
    expect((await a!.patch(`/users/${accounts.users.admin.id}`, { role: 'faculty' })).status).toBe(200)
    const answers = await Promise.all([a!.patch(`/users/${ids[1]}`, { role: 'faculty' }), b!.patch(`/users/${ids[0]}`, { role: 'faculty' })])
    // The loser is refused as the last admin (409) or, when the winner committed before its session was read, as no
    // longer an admin (403); either way exactly one demotion happens.
    const [won, lost] = answers.map((r) => r.status).sort()
    expect(won).toBe(200)
    expect([403, 409]).toContain(lost)
    expect(await activeAdmins()).toBe(1)
  })
})
