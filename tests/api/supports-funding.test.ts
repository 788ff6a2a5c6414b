// Supports (pathway, stage, module), funding sources and a module's weeks and cost: stored, shown, audited, in
// revisions, owned like their pathway or module, and refused whole when anything is wrong.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule, makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

describe.each(testDialects)('supports, funding, weeks and cost on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  // The rows an edit of supports, funding, weeks or cost could write (every table would be slow: the labour
  // reference data is large).
  const rowCounts = async (db: TestDb['db']) => {
    const counts: Record<string, number> = {}
    for (const table of ['supports', 'module_funding', 'module_revisions', 'audit_log', 'modules', 'pathways'] as const) {
      counts[table] = Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)
    }
    return counts
  }

  const base = { title: 'Blueprint Reading', level: 'postsecondary', kind: 'occupational' }
  const support = () => ({
    kind: 'tutoring',
    description: 'Drop-in tutoring in the learning commons',
    organisationId: accounts.organisations.college,
    contactName: 'Ana Ruiz',
    contactEmail: 'tutoring@riverside.example',
    contactPhone: '555-0142',
    contactNotes: 'Mon–Thu 9–7',
  })

  it('stores a module’s weeks, cost, supports and funding, and shows them with the provider’s name', async () => {
    const faculty = accounts.as.faculty
    const created = await faculty.post('/modules', {
      ...base,
      code: 'SUP-1',
      durationWeeks: 16,
      costToStudent: 1450,
      supports: [support()],
      funding: [{ source: 'pell', notes: 'For students in the credit certificate' }, { source: 'wioa_title_1' }],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ durationWeeks: 16, costToStudent: 1450 })
    await approveModule(faculty, accounts.as.admin, created.body.id)
    expect(created.body.supports).toEqual([{ id: expect.any(Number), ...support(), organisationName: 'Riverside Community College' }])
    expect(created.body.funding).toEqual([
      { source: 'pell', notes: 'For students in the credit certificate' },
      { source: 'wioa_title_1', notes: null },
    ])
    const read = await accounts.as.anonymous.get(`/modules/${created.body.id}`)
    expect(read.body.funding).toHaveLength(2)
    expect(read.body.supports[0].contactEmail).toBe('tutoring@riverside.example')
  })

  it('replaces supports and funding on edit, keeps them when an edit leaves them out, and records both in revisions', async () => {
    const faculty = accounts.as.faculty
    const { body: m } = await faculty.post('/modules', { ...base, code: 'SUP-2', funding: [{ source: 'perkins_v' }] })
    const edited = await faculty.patch(`/modules/${m.id}`, {
      version: m.version,
      durationWeeks: 8,
      costToStudent: 600,
      supports: [{ kind: 'child_care', description: 'Evening child care on campus' }],
      funding: [{ source: 'tanf', notes: 'Through the county' }],
    })
    expect(edited.status).toBe(200)
    const retitled = await faculty.patch(`/modules/${m.id}`, { version: edited.body.version, title: 'Blueprints II' })
    expect(retitled.body.supports.map((s: { kind: string }) => s.kind)).toEqual(['child_care'])
    expect(retitled.body.funding).toEqual([{ source: 'tanf', notes: 'Through the county' }])

    const compared = await faculty.get(`/modules/${m.id}/revisions/compare?from=1&to=2`)
    expect(compared.body.changes).toEqual(
      expect.arrayContaining([
        { section: 'field', change: 'changed', label: 'Duration (weeks)', before: '(none)', after: '8' },
        { section: 'field', change: 'changed', label: 'Cost to student ($)', before: '(none)', after: '600' },
        expect.objectContaining({ section: 'support', change: 'added', label: 'Child care: Evening child care on campus' }),
        expect.objectContaining({ section: 'funding', change: 'removed', label: 'Perkins V' }),
        expect.objectContaining({ section: 'funding', change: 'added', label: 'TANF: Through the county' }),
      ]),
    )
    const restored = await faculty.post(`/modules/${m.id}/revisions/1/restore`, { version: retitled.body.version })
    expect(restored.status).toBe(200)
    expect(restored.body).toMatchObject({ durationWeeks: null, costToStudent: null, supports: [], funding: [{ source: 'perkins_v', notes: null }] })

    const history = await accounts.as.admin.get(`/audit?table=modules&rowId=${m.id}`)
    expect(history.status).toBe(200)
    const edit = history.body.items.find((e: { summary: string; after?: { supports?: unknown[] } }) => e.summary === 'Edited module SUP-2' && e.after?.supports?.length)
    expect(edit.after.supports[0].kind).toBe('child_care')
  })

  it.each([
    ['durationWeeks', { durationWeeks: -1 }],
    ['durationWeeks', { durationWeeks: 261 }],
    ['durationWeeks', { durationWeeks: 2.5 }],
    ['costToStudent', { costToStudent: -5 }],
    ['costToStudent', { costToStudent: 100_001 }],
    ['supports.0.kind', { supports: [{ kind: 'massage', description: 'No' }] }],
    ['supports.0.contactEmail', { supports: [{ kind: 'tutoring', description: 'Yes', contactEmail: 'not an email' }] }],
    ['supports.0.contactPhone', { supports: [{ kind: 'tutoring', description: 'Yes', contactPhone: 'call me' }] }],
    ['supports.0.description', { supports: [{ kind: 'tutoring', description: 'x'.repeat(1001) }] }],
    ['funding.0.source', { funding: [{ source: 'lottery' }] }],
    ['funding', { funding: [{ source: 'tanf' }, { source: 'tanf' }] }],
  ])('refuses a bad %s with 422 naming the field, and writes nothing', async (field, bad) => {
    const faculty = accounts.as.faculty
    const m = await makeModule(test.db)
    const before = await rowCounts(test.db)
    const refused = await faculty.patch(`/modules/${m.id}`, { version: m.version, title: 'Changed', ...bad })
    expect(refused.status).toBe(422)
    expect(JSON.stringify(refused.body.error)).toContain(field)
    expect(await rowCounts(test.db)).toEqual(before)
    expect((await faculty.get(`/modules/${m.id}`)).body).toMatchObject({ version: m.version, title: m.title })
  })

  it('refuses a support naming an organisation that does not exist, and writes nothing', async () => {
    const m = await makeModule(test.db)
    const before = await rowCounts(test.db)
    const refused = await accounts.as.faculty.patch(`/modules/${m.id}`, {
      version: m.version,
      supports: [{ kind: 'tutoring', description: 'Tutoring', organisationId: 999_999 }],
    })
    expect(refused.status).toBe(422)
    expect(refused.body.error).toMatchObject({ message: 'Organisation id 999999 does not exist', details: { field: 'supports' } })
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('lets only the owner’s people change a module’s supports and funding', async () => {
    const theirs = await makeModule(test.db, { status: 'approved' }, { owner: accounts.organisations.other })
    const refused = await accounts.as.faculty.patch(`/modules/${theirs.id}`, { version: theirs.version, funding: [{ source: 'tanf' }] })
    expect(refused.status).toBe(403)
    expect((await accounts.as.faculty.get(`/modules/${theirs.id}`)).body.funding).toEqual([])
    const viewer = await accounts.as.viewer.patch(`/modules/${theirs.id}`, { version: theirs.version, funding: [{ source: 'tanf' }] })
    expect(viewer.status).toBe(403)
  })

  it('keeps pathway and stage supports on the pathway, bumps its version, audits and shows them on the road map', async () => {
    const faculty = accounts.as.faculty
    const first = await makeModule(test.db, { status: 'approved', durationWeeks: 6, costToStudent: 300, funding: [{ source: 'wioa_title_2', notes: null }] })
    const p = await makePathway(test.db, { modules: [{ moduleId: first.id, stage: 1, isEntry: true }] })
    const edited = await faculty.patch(`/pathways/${p.id}`, {
      version: p.version,
      supports: [
        { kind: 'career_counselling', description: 'Career coaching at the job centre', organisationId: accounts.organisations.other },
        { kind: 'transportation', description: 'Bus passes for stage 1', stage: 1, contactPhone: '(555) 010-2000 x 12' },
      ],
    })
    expect(edited.status).toBe(200)
    expect(edited.body.version).toBe(p.version + 1)
    const map = (await accounts.as.anonymous.get(`/pathways/${p.slug}`)).body
    expect(map.supports.map((s: { kind: string; stage: number | null; organisationName: string | null }) => [s.kind, s.stage, s.organisationName])).toEqual([
      ['career_counselling', null, 'Hillview Adult School'],
      ['transportation', 1, null],
    ])
    expect(map.funding).toEqual([{ moduleId: first.id, moduleCode: first.code, moduleTitle: first.title, source: 'wioa_title_2', notes: null }])
    expect(map.stages[0].modules[0]).toMatchObject({ durationWeeks: 6, costToStudent: 300, delivery: [] })

    const audit = await accounts.as.admin.get(`/audit?table=pathways&rowId=${p.id}`)
    const entry = audit.body.items.find((e: { action: string }) => e.action === 'update')
    expect(entry.before.supports).toEqual([])
    expect(entry.after.supports).toHaveLength(2)

    const stale = await faculty.patch(`/pathways/${p.id}`, { version: p.version, supports: [] })
    expect(stale.status).toBe(409)
  })

  it('refuses pathway supports from another organisation’s people and bad stages, writing nothing', async () => {
    const theirs = await makePathway(test.db, {}, { owner: accounts.organisations.other })
    const refused = await accounts.as.faculty.patch(`/pathways/${theirs.id}`, { version: theirs.version, supports: [{ kind: 'tutoring', description: 'x' }] })
    expect(refused.status).toBe(403)
    const mine = await makePathway(test.db)
    const before = await rowCounts(test.db)
    const badStage = await accounts.as.faculty.patch(`/pathways/${mine.id}`, { version: mine.version, supports: [{ kind: 'tutoring', description: 'x', stage: 21 }] })
    expect(badStage.status).toBe(422)
    expect(JSON.stringify(badStage.body.error)).toContain('supports.0.stage')
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('gives each credential of the road map the weeks and cost from each entry point, unknown when a duration is missing', async () => {
    const top = await makeCredential(test.db)
    const cert = await makeCredential(test.db, { stacksIntoIds: [top.id] })
    const entry = await makeModule(test.db, { status: 'approved', level: 'adult', durationWeeks: 8, costToStudent: 0 })
    const next = await makeModule(test.db, { status: 'approved', durationWeeks: 16, costToStudent: 1450, prerequisiteIds: [entry.id], credentialIds: [cert.id] })
    const last = await makeModule(test.db, { status: 'approved', costToStudent: 2000, credentialIds: [top.id] })
    const p = await makePathway(test.db, {
      modules: [
        { moduleId: entry.id, stage: 1, isEntry: true },
        { moduleId: next.id, stage: 2 },
        { moduleId: last.id, stage: 3, isExit: true },
      ],
    })
    const map = (await accounts.as.viewer.get(`/pathways/${p.slug}`)).body
    const routes = (id: number) => map.credentials.find((c: { id: number }) => c.id === id).routes
    expect(routes(cert.id)).toEqual([{ entryId: entry.id, entryCode: entry.code, entryTitle: entry.title, moduleIds: [entry.id, next.id], weeks: 24, cost: 1450, unknownWeeks: [], unknownCost: [] }])
    expect(routes(top.id)).toEqual([
      { entryId: entry.id, entryCode: entry.code, entryTitle: entry.title, moduleIds: [entry.id, next.id, last.id], weeks: null, cost: 3450, unknownWeeks: [last.code], unknownCost: [] },
    ])
  })
})
