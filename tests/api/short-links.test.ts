// The short link /r/:id leads to a pathway's public road map, and keeps leading there when the slug is renamed; an
// unknown id, anything that is not an id, and a private instance's pathway read without a session all get the same
// 404, so the link reveals nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type Answer } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makePathway } from '../support/factories'

const sameRefusal = (answer: Answer) => ({ status: answer.status, body: answer.body, location: answer.headers.get('location') })

describe.each(testDialects)('short links to road maps on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let pathway: Awaited<ReturnType<typeof makePathway>>

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    pathway = await makePathway(test.db, { slug: 'short-link-welding' })
  })
  afterAll(() => test.destroy())

  it('redirects anyone to the public road map, signed in or not', async () => {
    for (const client of [accounts.as.anonymous, accounts.as.faculty]) {
      const answer = await client.get(`/r/${pathway.id}`)
      expect(answer.status).toBe(302)
      expect(answer.headers.get('location')).toBe('/pathways/short-link-welding?view=student')
    }
  })

  it('keeps leading to the road map after its slug is renamed', async () => {
    const renamed = await accounts.as.faculty.patch(`/pathways/${pathway.id}`, { version: pathway.version, slug: 'short-link-welding-2' })
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200)
    const answer = await accounts.as.anonymous.get(`/r/${pathway.id}`)
    expect(answer.headers.get('location')).toBe('/pathways/short-link-welding-2?view=student')
  })

  it('answers an unknown id, a non-id and a private pathway without a session with the same 404', async () => {
    const privately = apiClient(test.db, { config: { private: true } })
    const unknown = sameRefusal(await accounts.as.anonymous.get('/r/987654'))
    expect(unknown.status).toBe(404)
    expect(unknown.location).toBeNull()
    expect(sameRefusal(await accounts.as.anonymous.get('/r/short-link-welding-2'))).toEqual(unknown)
    expect(sameRefusal(await accounts.as.anonymous.get('/r/0'))).toEqual(unknown)
    expect(sameRefusal(await privately.get(`/r/${pathway.id}`))).toEqual(unknown)
    expect(sameRefusal(await privately.get('/r/987654'))).toEqual(unknown)
  })

  it('lets a signed-in member of a private instance follow it', async () => {
    const cookie = await signInCookie(test.db, accounts.users.viewer.email, TEST_PASSWORD)
    const answer = await apiClient(test.db, { config: { private: true }, cookie }).get(`/r/${pathway.id}`)
    expect(answer.status).toBe(302)
    expect(answer.headers.get('location')).toBe('/pathways/short-link-welding-2?view=student')
  })
})
