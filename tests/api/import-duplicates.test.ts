// Importing a file Rungs already holds: the preview names the framework it looks like (by CASE identifier, or by
// codes and statements), and "update that framework" upserts into it instead of making a second one.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { unique } from '../support/factories'
import { CASE_FILES, uploadForm } from './import-support'

const rows = (prefix: string, n: number, change: (i: number) => string = () => '') =>
  Array.from({ length: n }, (_, i) => `${prefix}-${i + 1},Weld joint ${i + 1} to spec${change(i + 1)}`)
const csv = (lines: string[]) => ['code,statement', ...lines].join('\n') + '\n'

describe.each(testDialects)('duplicate imports on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('recognises a sheet imported before and updates that framework instead, losing nothing', async () => {
    const api = accounts.as.faculty
    const prefix = unique('WLD')
    const title = unique('Welding basics')
    const first = await api.post('/imports/commit', uploadForm(csv(rows(prefix, 20)), 'welding.csv', { title }))
    expect(first.status, JSON.stringify(first.body)).toBe(201)
    const id = first.body.framework.id

    // Renamed, one statement changed, one row gone and one added: still 18 of 20 the same, 90%.
    const second = csv([...rows(prefix, 19, (i) => (i === 3 ? ' cleanly' : '')), `${prefix}-21,Weld overhead`])
    const preview = await api.post('/imports/preview', uploadForm(second, 'welding-v2.csv', { title: 'Welding 2027' }))
    expect(preview.status).toBe(200)
    expect(preview.body.framework.action).toBe('create')
    expect(preview.body.duplicateOf).toMatchObject({ id, title, competencyCount: 20, reason: 'content', sameShare: 0.9, mayUpdate: true })

    const update = await api.post('/imports/commit', uploadForm(second, 'welding-v2.csv', { frameworkId: id }))
    expect(update.status, JSON.stringify(update.body)).toBe(201)
    expect(update.body.framework).toMatchObject({ id, action: 'update', title })
    expect(update.body.counts).toMatchObject({ create: 1, update: 1, unchanged: 18 })
    expect(update.body.absent).toBe(1)
    expect(update.body.problems.map((p: { message: string }) => p.message)).toContainEqual(expect.stringContaining('1 item of'))
    const tree = await api.get(`/frameworks/${id}/tree`)
    expect(tree.body.framework.competencyCount).toBe(21)
    const same = (await api.get(`/frameworks?limit=200`)).body.items.filter((f: { title: string }) => f.title === title || f.title === 'Welding 2027')
    expect(same).toHaveLength(1)

    // A file with little in common is a new framework, said nothing about.
    const other = await api.post('/imports/preview', uploadForm(csv([...rows(prefix, 5), ...rows(unique('CUT'), 15)]), 'cutting.csv'))
    expect(other.body.duplicateOf).toBeUndefined()
  })

  it("names a CASE package's own framework by its identifier, and another organisation's as not theirs to update", async () => {
    const pkg = readFileSync(join(CASE_FILES, 'SequenceNumberFramework.json'))
    const faculty = accounts.as.faculty
    expect((await faculty.post('/imports/commit', uploadForm(pkg, 'framework.json'))).status).toBe(201)
    const again = await faculty.post('/imports/preview', uploadForm(pkg, 'framework.json'))
    expect(again.body.framework.action).toBe('update')
    expect(again.body.duplicateOf).toMatchObject({ reason: 'identifier', sameShare: 1, mayUpdate: true })

    // The same items as a sheet, previewed by someone of another organisation: not theirs to update.
    const tree = (await faculty.get(`/frameworks/${again.body.duplicateOf.id}/tree`)).body
    const flat: { code: string; statement: string }[] = []
    const walk = (nodes: { code: string; statement: string; children: never[] }[]) => nodes.forEach((n) => (flat.push(n), walk(n.children)))
    walk(tree.competencies)
    const sheet = csv(flat.map((c) => `${c.code},"${c.statement.replace(/"/g, '""')}"`))
    const email = `${unique('outsider')}@test.rungs`
    await createUser(test.db, null, { email, name: 'Outsider', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    const theirs = apiClient(test.db, { cookie: await signInCookie(test.db, email, TEST_PASSWORD) })
    const looked = await theirs.post('/imports/preview', uploadForm(sheet, 'copy.csv'))
    expect(looked.body.duplicateOf).toMatchObject({ id: again.body.duplicateOf.id, reason: 'content', mayUpdate: false })
  })
})
