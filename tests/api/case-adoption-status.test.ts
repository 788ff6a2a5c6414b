import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework } from '../support/factories'
import { CASE_FILES, uploadForm } from './import-support'

type Json = Record<string, any>
const read = (name: string): Json => JSON.parse(readFileSync(join(CASE_FILES, name), 'utf8'))

// A framework's status is CASE's adoptionStatus: read on import, written on export, the file's wording kept
// while it still means the framework's status.
describe.each(testDialects)('CASE adoption status on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('leaves a file that named no status without one, takes Draft as a draft, and writes a status changed since', async () => {
    // The two test files share their CFDocument identifier: the second import updates the framework of the first.
    const unnamed = read('SequenceNumberFramework.json')
    expect(unnamed.CFDocument.adoptionStatus).toBeUndefined()
    const first = await accounts.as.faculty.post('/imports/commit', uploadForm(JSON.stringify(unnamed), 'unnamed.json'))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const id = first.body.framework.id as number
    expect((await accounts.as.viewer.get(`/frameworks/${id}`)).body.status).toBe('adopted')
    expect((await accounts.as.viewer.get(`/exports/frameworks/${id}/case`)).body.CFDocument.adoptionStatus).toBeUndefined()

    const draft = read('ItemTypeTestFramework.json')
    expect(draft.CFDocument.adoptionStatus).toBe('Draft')
    const done = await accounts.as.faculty.post('/imports/commit', uploadForm(JSON.stringify(draft), 'draft.json', { frameworkId: id }))
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    expect(done.body.framework.id).toBe(id)
    expect((await accounts.as.viewer.get(`/frameworks/${id}`)).body.status).toBe('draft')
    expect((await accounts.as.viewer.get(`/exports/frameworks/${id}/case`)).body.CFDocument.adoptionStatus).toBe('Draft')

    expect((await accounts.as.faculty.patch(`/frameworks/${id}`, { status: 'deprecated' })).status).toBe(200)
    expect((await accounts.as.viewer.get(`/exports/frameworks/${id}/case`)).body.CFDocument.adoptionStatus).toBe('Deprecated')
  })

  it("writes the status of a framework made in Rungs", async () => {
    const { framework } = await makeFramework(test.db)
    expect((await accounts.as.viewer.get(`/exports/frameworks/${framework.id}/case`)).body.CFDocument.adoptionStatus).toBe('Adopted')
  })
})
