// The module catalogue's filters: by organisation beside words, level, kind and state; another organisation's
// draft stays out of every filter's answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'

describe.each(testDialects)('the module catalogue on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  let organisations: { college: number; other: number }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    api = accounts.as.faculty
    organisations = accounts.organisations
    await makeModule(test.db, { code: 'COL-1', title: 'College welding', status: 'approved' }, { owner: organisations.college })
    await makeModule(test.db, { code: 'OTH-1', title: 'Other welding', status: 'approved' }, { owner: organisations.other })
    await makeModule(test.db, { code: 'OTH-2', title: 'Other welding draft' }, { owner: organisations.other })
  })
  afterAll(() => test.destroy())

  const codes = async (query: string) => {
    const answer = await api.get(`/modules?${query}`)
    expect(answer.status).toBe(200)
    return (answer.body.items as { code: string }[]).map((m) => m.code)
  }

  it("lists one organisation's modules, and only those the reader may see", async () => {
    expect(await codes(`organisationId=${organisations.college}`)).toEqual(['COL-1'])
    expect(await codes(`organisationId=${organisations.other}`)).toEqual(['OTH-1'])
    expect(await codes(`q=welding&organisationId=${organisations.other}&status=draft`)).toEqual([])
  })

  it('refuses an organisation that is not an id, naming the field', async () => {
    const answer = await api.get('/modules?organisationId=college')
    expect(answer.status).toBe(400)
    expect(JSON.stringify(answer.body)).toContain('organisationId')
  })
})
