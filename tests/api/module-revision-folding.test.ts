// Autosaves fold: the module editor saves a few seconds after each pause in typing, and consecutive autosaves by
// one person minutes apart make one revision, while the revisions worth returning to (the first, an approved or
// submitted one, a restore, another person's, one saved on purpose, one older than the window) stay.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { approveModule } from '../support/workflow'

describe.each(testDialects)('folding autosaves into revisions on %s', (dialect) => {
  let test: TestDb
  let faculty: ApiClient
  let admin: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    faculty = accounts.as.faculty
    admin = accounts.as.admin
  })
  afterAll(() => test.destroy())

  let codes = 0
  const createModule = async (as = faculty) => {
    const created = await as.post('/modules', { code: `FOLD-${++codes}`, title: 'Welding basics', level: 'adult', kind: 'occupational' })
    expect(created.status).toBe(201)
    return created.body.id as number
  }
  // Saves the module's title as the editor does (autosave) or as a script does, and returns the new version.
  const save = async (id: number, title: string, options: { autosave?: boolean; as?: ApiClient } = {}) => {
    const as = options.as ?? faculty
    const version = (await as.get(`/modules/${id}`)).body.version
    const saved = await as.patch(`/modules/${id}`, { version, title, ...(options.autosave === false ? {} : { autosave: true }) })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
    return saved.body.version as number
  }
  const versions = async (id: number) => ((await faculty.get(`/modules/${id}/revisions`)).body.items as { version: number }[]).map((r) => r.version)

  it("folds one person's consecutive autosaves into one revision, keeping the first and the latest content", async () => {
    const id = await createModule()
    for (const title of ['W', 'We', 'Wel', 'Weld']) await save(id, title)
    expect(await versions(id)).toEqual([5, 1])
    const latest = await faculty.get(`/modules/${id}/revisions/5`)
    expect(latest.body.snapshot?.title ?? latest.body.title).toBe('Weld')
    expect((await faculty.get(`/modules/${id}/revisions/3`)).status).toBe(404)
  })

  it('keeps saves made on purpose, and another person’s autosaves apart', async () => {
    const id = await createModule()
    await save(id, 'Script 1', { autosave: false })
    await save(id, 'Script 2', { autosave: false })
    expect(await versions(id)).toEqual([3, 2, 1])
    await save(id, 'Faculty types')
    await save(id, 'Admin types', { as: admin })
    expect(await versions(id)).toEqual([5, 4, 3, 2, 1])
  })

  it('never folds away the approved revision or a restore', async () => {
    const id = await createModule()
    await save(id, 'Ready')
    await approveModule(faculty, admin, id)
    const approved = (await faculty.get(`/modules/${id}`)).body.approvedVersion as number
    await save(id, 'Draft again')
    await save(id, 'Draft again, more')
    expect(await versions(id)).toEqual([approved + 2, approved, 1])
    const current = (await faculty.get(`/modules/${id}`)).body.version
    expect((await faculty.post(`/modules/${id}/revisions/${approved}/restore`, { version: current })).status).toBe(200)
    const restored = current + 1
    await save(id, 'After the restore')
    expect(await versions(id)).toContain(restored)
  })

  it('starts a new revision after a pause longer than the window', async () => {
    const id = await createModule()
    const first = await save(id, 'Before lunch')
    await sql`update module_revisions set created_at = ${new Date(Date.now() - 6 * 60_000).toISOString()} where module_id = ${id} and version = ${first}`.execute(test.db)
    const second = await save(id, 'After lunch')
    expect(await versions(id)).toEqual([second, first, 1])
  })
})
