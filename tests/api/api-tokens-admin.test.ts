// Admins see and revoke anyone's API tokens (GET/DELETE /api/users/:id/tokens…), with a session only, audited
// under the admin with the owner named; nobody else may, and a token of an admin may not either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dateAfter } from '../../shared/schemas/api-tokens'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)("an admin and other people's API tokens on %s", (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  const script = (secret: string) => apiClient(test.db, { origin: null, headers: { Authorization: `Bearer ${secret}` } })
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it("lists a person's tokens without secrets and revokes one, audited with its owner", async () => {
    const made = await accounts.as.faculty.post('/my/tokens', { name: 'Catalogue sync', scope: 'write', expiresOn: dateAfter(Date.now(), 30) })
    expect(made.status).toBe(201)
    const faculty = accounts.users.faculty.id

    const listed = await accounts.as.admin.get(`/users/${faculty}/tokens`)
    expect(listed.status).toBe(200)
    expect(listed.body.items).toEqual([expect.objectContaining({ id: made.body.id, name: 'Catalogue sync', scope: 'write', expired: false })])
    expect(JSON.stringify(listed.body)).not.toContain(made.body.secret)
    expect((await accounts.as.admin.get(`/users/${accounts.users.viewer.id}/tokens`)).body.items).toEqual([])
    expect((await accounts.as.admin.get('/users/987654/tokens')).status).toBe(404)

    // The token's id under another person is unknown: nothing is revoked.
    expect((await accounts.as.admin.delete(`/users/${accounts.users.viewer.id}/tokens/${made.body.id}`)).status).toBe(404)
    expect((await script(made.body.secret).get('/auth/me')).status).toBe(200)

    expect((await accounts.as.admin.delete(`/users/${faculty}/tokens/${made.body.id}`)).status).toBe(204)
    expect((await script(made.body.secret).get('/auth/me')).status).toBe(401)
    expect((await accounts.as.faculty.get('/my/tokens')).body.items).toEqual([])
    expect((await accounts.as.admin.delete(`/users/${faculty}/tokens/${made.body.id}`)).status).toBe(404)

    const trail = await accounts.as.admin.get(`/audit?table=api_tokens&rowId=${made.body.id}`)
    expect(trail.body.items[0]).toMatchObject({ action: 'delete', userId: accounts.users.admin.id, summary: `Revoked API token "Catalogue sync" of ${accounts.users.faculty.email}` })
  })

  it('refuses other roles, and an admin\'s own token', async () => {
    const made = await accounts.as.faculty.post('/my/tokens', { name: 'Kept', scope: 'read', expiresOn: dateAfter(Date.now(), 30) })
    const path = `/users/${accounts.users.faculty.id}/tokens`
    expect((await accounts.as.faculty.get(path)).status).toBe(403)
    expect((await accounts.as.faculty.delete(`${path}/${made.body.id}`)).status).toBe(403)
    expect((await accounts.as.anonymous.get(path)).status).toBe(401)

    const adminToken = await accounts.as.admin.post('/my/tokens', { name: 'Admin script', scope: 'write', expiresOn: dateAfter(Date.now(), 30) })
    expect((await script(adminToken.body.secret).get(path)).status).toBe(403)
    expect((await script(adminToken.body.secret).delete(`${path}/${made.body.id}`)).status).toBe(403)
    expect((await script(made.body.secret).get('/auth/me')).status).toBe(200)
  })
})
