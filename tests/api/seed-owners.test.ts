// Who owns the demo: its partnership. The college leads (the pathway, the occupational framework, credentials,
// articulations and its modules); the adult education consortium owns the basic-skills standards and its bridge
// and integrated module; the school district its secondary modules. No demo row is left to admins alone.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD } from '../../fixtures/demo/accounts'
import { seedDemo } from '../../server/services/seed/index'
import { apiClient, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('owners of the demo rows on %s', (dialect) => {
  let test: TestDb
  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
  })
  afterAll(() => test.destroy())

  // Each row's label (code, title or id) with the name of the organisation that owns it.
  const ownerNames = async (table: 'modules' | 'frameworks' | 'credentials' | 'articulations' | 'pathways', label: 'code' | 'title' | 'id') => {
    const { rows } = await sql<{ label: string | number; owner: string | null }>`
      select t.${sql.raw(label)} as label, o.name as owner
      from ${sql.table(table)} t left join organisations o on o.id = t.organisation_id`.execute(test.db)
    return new Map(rows.map((r) => [String(r.label), r.owner]))
  }

  it('gives every demo row an owning organisation of the partnership', async () => {
    const modules = await ownerNames('modules', 'code')
    expect(modules.get('CTE 1100')).toBe('Westfield Unified School District')
    expect(modules.get('ABE 095')).toBe('Harbor County Adult Education Consortium')
    expect(modules.get('IET 101')).toBe('Harbor County Adult Education Consortium')
    expect(modules.get('MFG 140')).toBe('Lakeshore Community College')
    const frameworks = await ownerNames('frameworks', 'title')
    expect([...frameworks.values()].sort()).toEqual(['Harbor County Adult Education Consortium', 'Lakeshore Community College'])
    for (const table of ['modules', 'frameworks', 'credentials', 'articulations', 'pathways'] as const) {
      expect([...(await ownerNames(table, 'id')).values()], table).not.toContain(null)
    }
  })

  it('lets each demo account edit its own organisation’s rows and no other’s', async () => {
    const as = async (email: string) => apiClient(test.db, { cookie: await signInCookie(test.db, email, DEMO_PASSWORD) })
    const faculty = await as('faculty@lakeshore.example')
    const abe = await as('abe@lakeshore.example')
    const id = async (code: string) => (await test.db.selectFrom('modules').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id
    const pathway = (await faculty.get('/pathways/advanced-manufacturing')).body
    expect((await faculty.patch(`/pathways/${pathway.id}`, { version: pathway.version, description: 'Edited by the college' })).status).toBe(200)
    expect((await abe.patch(`/modules/${await id('ABE 095')}`, { version: 1, clockHours: 61 })).status).toBe(200)
    expect((await faculty.patch(`/modules/${await id('ABE 095')}`, { version: 2, clockHours: 62 })).status).toBe(403)
    expect((await faculty.patch(`/modules/${await id('CTE 1100')}`, { version: 1, clockHours: 62 })).status).toBe(403)
  })
})
