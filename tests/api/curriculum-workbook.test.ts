import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { docFromText } from '../../shared/schemas/rich-text'
import { createApp } from '../../server/app'
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts'
import { signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'
import { sheetsOf, workbookOf } from './curriculum-support'
import { fingerprint, uploadForm } from './import-support'

describe.each(testDialects)('curriculum workbook on %s', (dialect) => {
  let test: TestDb
  let faculty: ApiClient
  let facultyCookie: string
  let slug: string
  let firstExport: Buffer
  const ids: Record<string, number> = {}

  // Downloaded by its editors, as the workbook of the working copies (the public's shows the approved revisions).
  const download = async () => {
    const response = await createApp({ db: test.db }).request(`/api/exports/pathways/${slug}/curriculum.xlsx`, { headers: { cookie: facultyCookie } })
    expect(response.status).toBe(200)
    return Buffer.from(await response.arrayBuffer())
  }
  const send = (step: 'preview' | 'commit', bytes: Buffer, options: object = {}) =>
    faculty.post(`/imports/curriculum/${slug}/${step}`, uploadForm(bytes, 'curriculum.xlsx', options))

  beforeAll(async () => {
    test = await createTestDb(dialect)
    faculty = (await createTestAccounts(test.db)).as.faculty
    facultyCookie = await signInCookie(test.db, 'faculty@test.rungs', TEST_PASSWORD)
    const { framework, competencies } = await makeFramework(test.db, { title: 'Machining', codes: ['CW-A', 'CW-B', 'CW-C'] })
    const [a, b] = competencies
    const credential = await makeCredential(test.db, { title: 'Machining Certificate' })
    const measuring = await makeModule(test.db, {
      code: 'CW-101', title: 'Measuring', status: 'approved', credits: 3, credentialIds: [credential.id],
      outcomes: [
        { content: docFromText('=Measure parts to a tolerance'), alignments: [{ competencyId: a!.id, depth: 'I' }] },
        { content: docFromText('Read drawings') },
      ],
      alignments: [{ competencyId: b!.id, depth: 'R', assessed: true }],
    })
    const turning = await makeModule(test.db, { code: 'CW-102', title: 'Turning', status: 'approved' })
    Object.assign(ids, { measuring: measuring.id, turning: turning.id })
    const pathway = await makePathway(test.db, {
      frameworkIds: [framework.id],
      modules: [{ moduleId: measuring.id, stage: 1, isEntry: true }, { moduleId: turning.id, stage: 2, isExit: true }],
    })
    slug = pathway.slug
  })
  afterAll(() => test.destroy())

  it('exports the modules, outcomes and alignments with versions, headers frozen and formulas neutralised', async () => {
    firstExport = await download()
    const sheets = sheetsOf(firstExport)
    expect(Object.keys(sheets)).toEqual(['About', 'Modules', 'Outcomes', 'Alignments', 'Funding', 'Supports'])
    expect(sheets.Modules).toEqual([
      ['Code', 'Title', 'Level', 'Kind', 'Stage', 'Entry', 'Exit', 'Clock hours', 'Credits', 'Weeks', 'Cost to student ($)', 'Schedule options', 'Entry level', 'Status', 'Version', 'Credentials'],
      ['CW-101', 'Measuring', 'postsecondary', 'occupational', '1', 'yes', 'no', '', '3', '', '', '', '', 'approved', '1', 'Machining Certificate'],
      ['CW-102', 'Turning', 'postsecondary', 'occupational', '2', 'no', 'yes', '', '', '', '', '', '', 'approved', '1', ''],
    ])
    expect(sheets.Outcomes!.map((r) => r.slice(0, 3))).toEqual([
      ['Module code', 'Position', 'Outcome'],
      ['CW-101', '1', "'=Measure parts to a tolerance"],
      ['CW-101', '2', 'Read drawings'],
    ])
    expect(sheets.Alignments).toEqual([
      ['Module code', 'Outcome position', 'Competency code', 'Framework', 'Depth', 'Assessed'],
      ['CW-101', '', 'CW-B', 'Machining', 'R', 'yes'],
      ['CW-101', '1', 'CW-A', 'Machining', 'I', 'no'],
    ])
    const sheetXml = XLSX.CFB.find(XLSX.CFB.read(firstExport, { type: 'buffer' }), '/xl/worksheets/sheet2.xml') as { content: Uint8Array }
    expect(Buffer.from(sheetXml.content).toString('utf8')).toContain('state="frozen"')
    const same = await send('preview', firstExport)
    expect(same.body).toMatchObject({ ok: true, modules: [], unchanged: 2, problems: [] })
  })

  it('previews exactly the edits made, then applies them in one go, bumping versions', async () => {
    const sheets = sheetsOf(firstExport)
    sheets.Modules![1]![1] = 'Precision Measuring'
    sheets.Modules!.push(['CW-103', 'Shop Safety', 'adult', 'bridge', '2', 'no', 'no', '12', '', '', '', '', '', 'draft', '', 'Machining Certificate'])
    sheets.Outcomes![2]![2] = 'Read engineering drawings'
    sheets.Outcomes!.push(['CW-103', '1', 'Wear protective equipment', ''])
    sheets.Alignments![2]![4] = 'M'
    sheets.Alignments!.push(['CW-103', '1', 'CW-C', '', 'I', 'no'])
    const edited = workbookOf(sheets)

    const preview = await send('preview', edited)
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ ok: true, unchanged: 1, pathwayChanges: [], problems: [] })
    const [measuring, safety] = preview.body.modules
    expect(preview.body.modules).toHaveLength(2)
    expect(measuring).toEqual({
      code: 'CW-101', action: 'update', version: 1,
      fields: [{ field: 'title', before: 'Measuring', after: 'Precision Measuring' }],
      outcomes: [{ action: 'change', what: 'outcome 2', before: '2. Read drawings', after: '2. Read engineering drawings' }],
      alignments: [{ action: 'change', what: 'outcome 1 · CW-A', before: 'I', after: 'M' }],
    })
    expect(safety).toMatchObject({
      code: 'CW-103', action: 'create', version: null,
      outcomes: [{ action: 'add', what: 'outcome 1', after: 'Wear protective equipment' }],
      alignments: [{ action: 'add', what: 'outcome 1 · CW-C', after: 'I' }],
    })
    expect(safety.fields).toContainEqual({ field: 'stage', before: '', after: '2' })
    expect(safety.fields).toContainEqual({ field: 'credentials', before: '', after: 'Machining Certificate' })

    const done = await send('commit', edited, { expectedHash: preview.body.fileHash })
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    const after = (await faculty.get(`/modules/${ids.measuring}`)).body
    expect(after).toMatchObject({ title: 'Precision Measuring', version: 2 })
    expect(after.outcomes.map((o: { text: string }) => o.text)).toEqual(['=Measure parts to a tolerance', 'Read engineering drawings'])
    expect(after.outcomes[0].alignments[0]).toMatchObject({ competencyCode: 'CW-A', depth: 'M' })
    expect((await faculty.get(`/modules/${ids.turning}`)).body.version).toBe(1)
    expect((await faculty.get(`/modules/${ids.measuring}/revisions`)).body.items).toHaveLength(2)
    const road = (await faculty.get(`/pathways/${slug}`)).body
    // Placing the new module edited the pathway, so an editor open on the old ladder gets a conflict.
    expect(road.version).toBe(2)
    expect(road.stages.map((s: { modules: { code: string }[] }) => s.modules.map((m) => m.code))).toEqual([['CW-101'], ['CW-102', 'CW-103']])
    const created = road.stages[1].modules[1]
    const safetyModule = (await faculty.get(`/modules/${created.id}`)).body
    expect(safetyModule).toMatchObject({ kind: 'bridge', level: 'adult', clockHours: 12, credentials: [{ title: 'Machining Certificate' }] })
    expect(safetyModule.outcomes[0].alignments[0]).toMatchObject({ competencyCode: 'CW-C', depth: 'I' })
  })

  it('refuses an unknown competency code naming its sheet, row and column, and changes nothing', async () => {
    const sheets = sheetsOf(await download())
    sheets.Alignments![1]![2] = 'NOPE-9'
    const bad = workbookOf(sheets)
    const before = await fingerprint(test.db)
    const refused = await send('commit', bad)
    expect(refused.status).toBe(422)
    expect(refused.body.error.details.problems).toContainEqual({ severity: 'error', message: 'Unknown competency code NOPE-9', sheet: 'Alignments', row: 2, column: 'C (Competency code)' })
    expect(refused.body.error.message).toContain('Alignments row 2, column C (Competency code)')
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('refuses a stale workbook and a file other than the one previewed', async () => {
    const before = await fingerprint(test.db)
    const preview = await send('preview', firstExport)
    expect(preview.body.ok).toBe(false)
    expect(preview.body.problems).toContainEqual({
      severity: 'error', sheet: 'Modules', row: 2, column: 'O (Version)',
      message: 'Module CW-101 changed since this workbook was exported (v1 → v2); export it again and redo your edits',
    })
    expect((await send('commit', firstExport)).status).toBe(422)
    expect((await send('commit', await download(), { expectedHash: '0'.repeat(64) })).status).toBe(409)
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('refuses moves of modules from a workbook exported before the pathway changed, but not other edits', async () => {
    const exported = sheetsOf(await download())
    const versionRow = exported.About!.findIndex((row) => row[0] === 'Pathway version')
    const road = (await faculty.get(`/pathways/${slug}`)).body
    expect(exported.About![versionRow]![1]).toBe(String(road.version))
    expect((await faculty.patch(`/pathways/${road.id}`, { version: road.version, title: 'Machining ladder' })).status).toBe(200)

    const moving = structuredClone(exported)
    moving.Modules!.find((row) => row[0] === 'CW-102')![4] = '3'
    const before = await fingerprint(test.db)
    const preview = await send('preview', workbookOf(moving))
    expect(preview.body.problems).toContainEqual({
      severity: 'error', sheet: 'About', row: versionRow + 1, column: 'B (Pathway version)',
      message: `The pathway changed since this workbook was exported (v${road.version} → v${road.version + 1}); export it again and redo your moves of modules`,
    })
    expect((await send('commit', workbookOf(moving))).status).toBe(422)
    expect(await fingerprint(test.db)).toEqual(before)

    const retitling = structuredClone(exported)
    retitling.Modules!.find((row) => row[0] === 'CW-102')![1] = 'Turning I'
    expect((await send('commit', workbookOf(retitling))).status).toBe(201)
  })
})
