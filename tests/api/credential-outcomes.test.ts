import * as XLSX from 'xlsx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OUTCOME_COUNTS } from '../../shared/domain/outcomes/measures'
import { createApp } from '../../server/app'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule, makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'
import { approveModule } from '../support/workflow'
import { uploadForm } from './import-support'

const HEADER = 'Module code,Credential,Term,Subgroup,Subgroup value,Enrolled,Completed,Credential earned,Continued to next stage,Employed Q2 after exit,Median earnings Q2 after exit'

type Row = { term: string; subgroupValue: string; suppressed: string[] } & Record<string, number | null>

describe.each(testDialects)('learner outcomes per credential on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let cert: { id: number; title: string }
  let foreign: { id: number; title: string }
  let slug: string

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    await createUser(test.db, null, { email: 'faculty@hillview.test', name: 'Hillview Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    outsider = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@hillview.test', TEST_PASSWORD) })
    cert = await makeCredential(test.db, { title: 'CNC Operator Certificate' })
    foreign = await makeCredential(test.db, { title: 'Hillview Welding Card' }, { owner: accounts.organisations.other })
    const weld = await makeModule(test.db, { code: 'WLD-201', credentialIds: [cert.id] })
    await approveModule(accounts.as.faculty, accounts.as.admin, weld.id)
    slug = (await makePathway(test.db, { modules: [{ moduleId: weld.id, stage: 1 }] })).slug
  })
  afterAll(() => test.destroy())

  const csv = (...lines: string[]) => uploadForm([HEADER, ...lines].join('\n'), 'outcomes.csv')

  it('enters a term of a credential by hand, shows it whole to its organisation and suppressed in the pathway answer to everyone else', async () => {
    const entered = await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2025-spring`, {
      rows: [
        { enrolled: 40, completed: 34, credentialEarned: 30, employedQ2: 22, medianEarningsQ2: 11200, source: 'State licensing board 2025' },
        { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 7, completed: 5, credentialEarned: 4, employedQ2: 3 },
        { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 33, completed: 29, credentialEarned: 26, employedQ2: 19 },
      ],
    })
    expect(entered.status).toBe(200)
    expect(entered.body).toMatchObject({ credentialId: cert.id, title: cert.title, whole: true, sources: ['State licensing board 2025'] })
    expect(entered.body.rows.map((r: Row) => [r.subgroupValue, r.enrolled])).toEqual([['', 40], ['no', 33], ['yes', 7]])

    for (const reader of [accounts.as.anonymous, outsider]) {
      const seen = (await reader.get(`/pathways/${slug}/outcomes`)).body
      expect(seen.terms).toEqual(['2025-spring'])
      expect(seen.sources).toEqual(['State licensing board 2025'])
      expect(seen.modules).toEqual([])
      const [credential] = seen.credentials
      expect(credential).toMatchObject({ credentialId: cert.id, whole: false, threshold: 10 })
      const yes = credential.rows.find((r: Row) => r.subgroupValue === 'yes')
      const no = credential.rows.find((r: Row) => r.subgroupValue === 'no')
      expect(yes.enrolled).toBeNull()
      // The complement: with the all-learners row shown, "no" would give "yes" away.
      expect(no.enrolled).toBeNull()
      expect(yes.suppressed).toEqual(expect.arrayContaining(['enrolled', 'credentialEarned', 'credentialRate', 'employedQ2']))
      for (const row of credential.rows as Row[]) for (const count of OUTCOME_COUNTS) if (row[count] !== null) expect(row[count]).toBeGreaterThanOrEqual(10)
    }
    const own = (await accounts.as.faculty.get(`/pathways/${slug}/outcomes`)).body.credentials[0]
    expect(own.whole).toBe(true)
    expect((await accounts.as.anonymous.get(`/credentials/${cert.id}/outcomes?term=2025-spring`)).body.rows).toHaveLength(3)
  })

  it('refuses counts that do not add up with 422 at the field, and writes nothing', async () => {
    const before = await rowCounts(test.db)
    const bad = await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2025-fall`, {
      rows: [{ enrolled: 20, completed: 15, credentialEarned: 12 }, { subgroupDimension: 'Age', subgroupValue: '25+', enrolled: 10, completed: 9, credentialEarned: 10 }],
    })
    expect(bad.status).toBe(422)
    expect(JSON.stringify(bad.body.error)).toMatch(/rows\.1\.credentialEarned|"rows",1,"credentialEarned"|\["rows",1,"credentialEarned"\]/)
    expect((await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2025-fall`, { rows: [{ subgroupDimension: 'Age', subgroupValue: '25+', enrolled: 1, completed: 1, credentialEarned: 1 }] })).status).toBe(422)
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it("lets only the credential's organisation report on it; deletes a term, audited", async () => {
    const rows = [{ enrolled: 20, completed: 15, credentialEarned: 15 }]
    expect((await outsider.put(`/credentials/${cert.id}/outcomes/2026-fall`, { rows })).status).toBe(403)
    expect((await accounts.as.faculty.put(`/credentials/${foreign.id}/outcomes/2026-fall`, { rows })).status).toBe(403)
    expect((await accounts.as.abe_instructor.put(`/credentials/${cert.id}/outcomes/2026-fall`, { rows })).status).toBe(403)
    expect((await accounts.as.faculty.put(`/credentials/999999/outcomes/2026-fall`, { rows })).status).toBe(404)
    expect((await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2026-fall`, { rows })).status).toBe(200)
    expect((await outsider.delete(`/credentials/${cert.id}/outcomes/2026-fall`)).status).toBe(403)
    expect((await accounts.as.faculty.delete(`/credentials/${cert.id}/outcomes/2026-fall`)).status).toBe(204)
    expect((await accounts.as.faculty.delete(`/credentials/${cert.id}/outcomes/2026-fall`)).status).toBe(404)
    const trail = (await accounts.as.admin.get(`/audit?table=credentials&rowId=${cert.id}`)).body.items.map((e: { summary: string }) => e.summary)
    expect(trail).toEqual(expect.arrayContaining([`Outcomes of credential "${cert.title}" for 2026-fall: 1 row`, `Removed the outcomes of credential "${cert.title}" for 2026-fall (1 rows)`]))
  })

  it('imports credential rows beside module rows, naming every problem by row and column, all or nothing', async () => {
    const before = await rowCounts(test.db)
    const refused = await accounts.as.faculty.post(
      '/imports/outcomes/commit',
      csv(
        'WLD-201,,2026-spring,,,20,15,12,,,',
        ',cnc operator certificate,2026-spring,,,20,15,16,,,',
        ',No Such Card,2026-spring,,,20,15,12,,,',
        `,${foreign.title},2026-spring,,,20,15,12,,,`,
        'WLD-201,CNC Operator Certificate,2026-spring,,,20,15,12,,,',
        ',,2026-spring,,,20,15,12,,,',
      ),
    )
    expect(refused.status).toBe(422)
    const problems = refused.body.error.details.problems.map((p: { row: number; column: string; message: string }) => `${p.row} ${p.column}: ${p.message}`)
    expect(problems).toEqual([
      expect.stringMatching(/^3 H \(Credential earned\): Earned the credential \(16\) is more than completed \(15\)/),
      expect.stringMatching(/^6 B \(Credential\): Give the module code or the credential, not both/),
      expect.stringMatching(/^7 A \(Module code\): Give the module code or the credential$/),
      '4 Credential: No credential is titled "No Such Card"',
      expect.stringMatching(/^5 Credential: Credential "Hillview Welding Card" is not yours to report on/),
    ])
    expect(await rowCounts(test.db)).toEqual(before)

    const good = [HEADER, 'WLD-201,,2026-spring,,,20,15,12,,,', ',cnc operator certificate,2026-spring,,,18,15,14,9,,', ',CNC Operator Certificate,2025-spring,,,41,34,30,,,'].join('\n')
    const preview = await accounts.as.faculty.post('/imports/outcomes/preview', uploadForm(good, 'outcomes.csv'))
    expect(preview.body).toMatchObject({ ok: true, rows: 3, modules: 1, credentials: 1, terms: ['2025-spring', '2026-spring'], replace: 1 })
    expect((await accounts.as.faculty.post('/imports/outcomes/commit', uploadForm(good, 'outcomes.csv', { expectedHash: preview.body.fileHash }))).status).toBe(201)
    const rows = (await accounts.as.faculty.get(`/credentials/${cert.id}/outcomes`)).body.rows
    expect(rows.map((r: Row) => [r.term, r.subgroupValue, r.enrolled])).toEqual([['2025-spring', '', 41], ['2026-spring', '', 18], ['all', '', 59]])
  })

  it("puts the pathway's credentials in the template, in the Credential column", async () => {
    const answer = await createApp({ db: test.db }).request(`/api/exports/pathways/${slug}/outcomes.xlsx`)
    const book = XLSX.read(Buffer.from(await answer.arrayBuffer()), { type: 'buffer' })
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets.Outcomes!, { header: 1, defval: '' })
    expect(rows[0]!.join(',')).toBe(`${HEADER},Source`)
    expect(rows.slice(1).map((r) => [r[0], r[1]])).toEqual([['WLD-201', ''], ['', cert.title]])
  })
})
