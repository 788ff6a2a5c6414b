import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OUTCOME_COUNTS } from '../../shared/domain/outcomes/measures'
import { createApp } from '../../server/app'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'
import { approveModule } from '../support/workflow'
import { uploadForm } from './import-support'

const HEADER = 'Module code,Term,Subgroup,Subgroup value,Enrolled,Completed,Credential earned,Continued to next stage,Employed Q2 after exit,Median earnings Q2 after exit,Source'

type Row = { term: string; subgroupValue: string; suppressed: string[] } & Record<string, number | null>

describe.each(testDialects)('learner outcomes on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let weld: { id: number; code: string }
  let cut: { id: number; code: string }
  let slug: string

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    await createUser(test.db, null, { email: 'faculty@hillview.test', name: 'Hillview Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    outsider = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@hillview.test', TEST_PASSWORD) })
    weld = await makeModule(test.db, { code: 'WLD-101' })
    cut = await makeModule(test.db, { code: 'CUT-101' })
    for (const m of [weld, cut]) await approveModule(accounts.as.faculty, accounts.as.admin, m.id)
    const pathway = await makePathway(test.db, { modules: [{ moduleId: weld.id, stage: 1 }, { moduleId: cut.id, stage: 2 }] })
    slug = pathway.slug
  })
  afterAll(() => test.destroy())

  const csvText = (...lines: string[]) => [HEADER, ...lines].join('\n')
  const csv = (...lines: string[]) => uploadForm(csvText(...lines), 'outcomes.csv')

  it('imports a CSV of counts in one go, and shows them whole to the organisation and suppressed to everyone else', async () => {
    const text = csvText(
        'WLD-101,2024-fall,,,60,45,40,30,35,9100,WIOA Title II report 2024',
        'WLD-101,2024-fall,English learner,yes,6,2,2,1,2,,WIOA Title II report 2024',
        'WLD-101,2024-fall,English learner,no,54,43,38,29,33,9400,WIOA Title II report 2024',
        'WLD-101,2025-spring,,,50,40,36,,,',
      'CUT-101,2025-spring,,,12,11,11,,,',
    )
    const preview = await accounts.as.faculty.post('/imports/outcomes/preview', uploadForm(text, 'outcomes.csv'))
    expect(preview.body).toMatchObject({ ok: true, rows: 5, modules: 2, terms: ['2024-fall', '2025-spring'], replace: 0 })
    const committed = await accounts.as.faculty.post('/imports/outcomes/commit', uploadForm(text, 'outcomes.csv', { expectedHash: preview.body.fileHash }))
    expect(committed.status).toBe(201)

    const own = (await accounts.as.faculty.get(`/modules/${weld.id}/outcomes`)).body
    expect(own.whole).toBe(true)
    const ownYes = own.rows.find((r: Row) => r.subgroupValue === 'yes')
    expect(ownYes).toMatchObject({ enrolled: 6, completed: 2, suppressed: [] })
    expect(own.sources).toEqual(['WIOA Title II report 2024'])

    for (const reader of [accounts.as.anonymous, outsider]) {
      const seen = (await reader.get(`/pathways/${slug}/outcomes`)).body
      expect(seen.terms).toEqual(['2024-fall', '2025-spring'])
      expect(seen.sources).toEqual(['WIOA Title II report 2024'])
      const module = seen.modules.find((m: { code: string }) => m.code === 'WLD-101')
      expect(module.whole).toBe(false)
      const yes = module.rows.find((r: Row) => r.term === '2024-fall' && r.subgroupValue === 'yes')
      expect(yes.enrolled).toBeNull()
      expect(yes.suppressed).toEqual(expect.arrayContaining(['enrolled', 'completed', 'completionRate']))
      const no = module.rows.find((r: Row) => r.term === '2024-fall' && r.subgroupValue === 'no')
      expect(no.enrolled).toBeNull()
      const text = JSON.stringify(seen)
      expect(text).not.toMatch(/"(enrolled|completed|credentialEarned|employedQ2)":[0-9][,}]/)
      for (const row of seen.modules.flatMap((m: { rows: Row[] }) => m.rows)) {
        for (const count of OUTCOME_COUNTS) if (row[count] !== null) expect(row[count]).toBeGreaterThanOrEqual(10)
      }
    }
    const cutRows = (await accounts.as.anonymous.get(`/modules/${cut.id}/outcomes?term=2025-spring`)).body.rows
    expect(cutRows).toHaveLength(1)
    expect(cutRows[0]).toMatchObject({ enrolled: 12, completed: 11, continued: null, suppressed: [] })
  })

  it('keeps where the figures of a term entered by hand come from, naming each source once', async () => {
    const rows = [{ enrolled: 40, completed: 30, credentialEarned: 25, source: 'Perkins V report 2026' }, { subgroupDimension: 'Age', subgroupValue: '25+', enrolled: 20, completed: 15, credentialEarned: 12, source: 'Perkins V report 2026' }]
    const entered = await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-fall`, { rows })
    expect(entered.status).toBe(200)
    expect(entered.body.sources).toEqual(['Perkins V report 2026'])
    const seen = (await outsider.get(`/pathways/${slug}/outcomes`)).body
    expect(seen.sources).toEqual(['Perkins V report 2026', 'WIOA Title II report 2024'])
    expect(seen.modules.find((m: { code: string }) => m.code === 'CUT-101').sources).toEqual(['Perkins V report 2026'])
    const tooLong = await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-fall`, { rows: [{ ...rows[0], source: 'x'.repeat(201) }] })
    expect(tooLong.status).toBe(422)
    expect(JSON.stringify(tooLong.body)).toMatch(/source/)
    expect((await accounts.as.faculty.delete(`/modules/${cut.id}/outcomes/2026-fall`)).status).toBe(204)
  })

  it('answers a term asked for from the same suppressed table as the whole', async () => {
    const all = (await accounts.as.anonymous.get(`/modules/${weld.id}/outcomes`)).body.rows.filter((r: Row) => r.term === '2024-fall')
    const one = (await accounts.as.anonymous.get(`/modules/${weld.id}/outcomes?term=2024-fall`)).body.rows
    expect(one).toEqual(all)
  })

  it('refuses a file with inconsistent, negative or malformed counts and unknown modules, naming row and column, writing nothing', async () => {
    const before = await rowCounts(test.db)
    const refused = await accounts.as.faculty.post(
      '/imports/outcomes/commit',
      csv('WLD-101,2026-fall,,,10,12,1,,,', 'WLD-101,2026-autumn,,,10,5,1,,,', 'WLD-101,2026-spring,,,-3,1,1,,,', 'NOPE-1,2026-fall,,,10,5,1,,,', 'WLD-101,2027-fall,English learner,yes,10,5,1,,,'),
    )
    expect(refused.status).toBe(422)
    const problems = refused.body.error.details.problems.map((p: { row: number; column: string; message: string }) => `${p.row} ${p.column}: ${p.message}`)
    expect(problems).toEqual([
      expect.stringMatching(/^2 F \(Completed\): Completed \(12\) is more than enrolled \(10\)/),
      expect.stringMatching(/^3 B \(Term\): "2026-autumn" is not a term/),
      expect.stringMatching(/^4 E \(Enrolled\): "-3" is not a whole, non-negative number/),
      expect.stringMatching(/^5 Module code: No module you can see has the code "NOPE-1"/),
      expect.stringMatching(/^6 undefined: WLD-101 2027-fall has no all-learners row/),
    ])
    expect(refused.body.error.message).toMatch(/^The outcomes were not imported: 5 problems \(first: row 2, column F \(Completed\)/)
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it("lets only the module's own people report on it, and hides a draft as if missing", async () => {
    const rows = [{ enrolled: 20, completed: 15, credentialEarned: 15 }]
    expect((await outsider.put(`/modules/${weld.id}/outcomes/2026-fall`, { rows })).status).toBe(403)
    const draft = await makeModule(test.db, { code: 'DRAFT-9' })
    expect((await outsider.put(`/modules/${draft.id}/outcomes/2026-fall`, { rows })).status).toBe(404)
    expect((await outsider.get(`/modules/${draft.id}/outcomes`)).status).toBe(404)
    const refused = await outsider.post('/imports/outcomes/preview', csv('DRAFT-9,2026-fall,,,10,5,1,,,', 'WLD-101,2026-fall,,,10,5,1,,,'))
    expect(refused.body.problems.map((p: { message: string }) => p.message)).toEqual([
      'No module you can see has the code "DRAFT-9"',
      expect.stringMatching(/^Module WLD-101 is not yours to report on/),
    ])
    expect((await accounts.as.abe_instructor.put(`/modules/${weld.id}/outcomes/2026-fall`, { rows })).status).toBe(403)
  })

  it('enters a term by hand, replacing it, audited, and refuses rows that do not add up with 422 naming the field', async () => {
    const entered = await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-spring`, {
      rows: [{ enrolled: 30, completed: 20, credentialEarned: 18, continued: 12 }, { subgroupDimension: 'Age', subgroupValue: '25+', enrolled: 14, completed: 9, credentialEarned: 9 }],
    })
    expect(entered.status).toBe(200)
    expect(entered.body.rows.map((r: Row) => [r.subgroupValue, r.enrolled])).toEqual([['', 30], ['25+', 14]])
    const replaced = await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-spring`, { rows: [{ enrolled: 31, completed: 20, credentialEarned: 18 }] })
    expect(replaced.body.rows).toHaveLength(1)
    const trail = (await accounts.as.admin.get(`/audit?table=modules&rowId=${cut.id}`)).body.items.map((e: { summary: string }) => e.summary)
    expect(trail).toContain('Outcomes of CUT-101 for 2026-spring: 1 row')

    const bad = await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-spring`, { rows: [{ enrolled: 10, completed: 11, credentialEarned: 1 }] })
    expect(bad.status).toBe(422)
    expect(JSON.stringify(bad.body)).toMatch(/completed/)
    expect((await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-winterish`, { rows: [{ enrolled: 1, completed: 1, credentialEarned: 1 }] })).status).toBe(400)
    expect((await accounts.as.faculty.put(`/modules/${cut.id}/outcomes/2026-spring`, { rows: [{ subgroupDimension: 'Age', subgroupValue: '25+', enrolled: 1, completed: 1, credentialEarned: 1 }] })).status).toBe(422)

    expect((await accounts.as.faculty.delete(`/modules/${cut.id}/outcomes/2026-spring`)).status).toBe(204)
    expect((await accounts.as.faculty.delete(`/modules/${cut.id}/outcomes/2026-spring`)).status).toBe(404)
  })

  it('offers a template workbook with the columns the import reads and the modules of the pathway', async () => {
    const answer = await createApp({ db: test.db }).request(`/api/exports/pathways/${slug}/outcomes.xlsx`)
    expect(answer.status).toBe(200)
    const book = XLSX.read(Buffer.from(await answer.arrayBuffer()), { type: 'buffer' })
    expect(book.SheetNames).toEqual(['Outcomes', 'Read me'])
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Outcomes!, { header: 1 })
    expect(rows[0]!.join(',')).toBe(HEADER.replace('Module code,', 'Module code,Credential,'))
    expect(rows.slice(1).map((r) => r[0])).toEqual(['WLD-101', 'CUT-101'])
  })
})
