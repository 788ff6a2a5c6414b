import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { createTestAccounts, signInOutsider, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { rowCounts } from '../support/row-counts'
import { uploadForm } from './import-support'

const HEADER = 'SOC code,Region,Source,Year,Hourly median,Annual median,Hourly p25,Hourly p75'
const GOOD = `${HEADER}\n51-4041,Greater Dayton,Ohio LMI,2025,29.10,60530,24.00,34.00\n51-9061,Greater Dayton,Ohio LMI,2025,*,48000,,\n`

describe.each(testDialects)('local wages on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    outsider = await signInOutsider(test.db, accounts, { name: 'Hillview Faculty' })
  })
  afterAll(() => test.destroy())

  const entry = { socCode: '51-4121', region: 'Greater Dayton', source: 'Ohio LMI', year: 2025, hourlyMedian: 25.5, annualMedian: 53040 }

  it("enters, reads, edits and deletes a partnership's local wages, audited, owned by its organisation", async () => {
    const created = await accounts.as.faculty.post('/local-wages', entry)
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ ...entry, title: 'Welders, Cutters, Solderers, and Brazers', organisationId: accounts.organisations.college, period: '2025', hourlyP25: null })
    const id = created.body.id
    expect((await accounts.as.anonymous.get(`/local-wages?socCode=51-4121`)).body.items.map((w: { id: number }) => w.id)).toEqual([id])
    const wages = (await accounts.as.anonymous.get('/occupations/51-4121')).body.wages
    expect(wages.find((w: { kind: string }) => w.kind === 'local')).toMatchObject({ organisationName: 'Riverside Community College', sourceWords: 'Local: Greater Dayton, Ohio LMI 2025' })
    expect((await accounts.as.faculty.post('/local-wages', entry)).status).toBe(409)

    const edited = await accounts.as.faculty.patch(`/local-wages/${id}`, { hourlyP25: 21, hourlyP75: 30 })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ hourlyP25: 21, hourlyP75: 30, hourlyMedian: 25.5 })
    expect((await outsider.patch(`/local-wages/${id}`, { hourlyMedian: 1 })).status).toBe(403)
    expect((await outsider.delete(`/local-wages/${id}`)).status).toBe(403)
    expect((await accounts.as.employer.post('/local-wages', entry)).status).toBe(403)
    const trail = await accounts.as.admin.get(`/audit?table=occupation_wages&rowId=${id}`)
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create'])

    expect((await accounts.as.faculty.delete(`/local-wages/${id}`)).status).toBe(204)
    expect((await accounts.as.anonymous.get(`/local-wages/${id}`)).status).toBe(404)
  })

  it('refuses negative, absurd and disordered wages and unknown SOC codes with 422 naming the field', async () => {
    const cases: [object, string][] = [
      [{ hourlyMedian: -4 }, 'hourlyMedian'],
      [{ hourlyMedian: 650 }, 'hourlyMedian'],
      [{ annualMedian: 5_000_000, hourlyMedian: null }, 'annualMedian'],
      [{ hourlyMedian: null, annualMedian: null }, 'hourlyMedian'],
      [{ hourlyP25: 40 }, 'hourlyP25'],
      [{ socCode: '51-4011' }, 'socCode'],
    ]
    const before = await rowCounts(test.db)
    for (const [change, field] of cases) {
      const answer = await accounts.as.faculty.post('/local-wages', { ...entry, ...change })
      expect(answer.status, JSON.stringify(change)).toBe(422)
      expect(answer.body.error.message, JSON.stringify(change)).toContain(field)
    }
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('imports a CSV after a preview, replacing rows of the same occupation, region, source and year', async () => {
    const preview = await accounts.as.faculty.post('/imports/local-wages/preview', uploadForm(GOOD, 'wages.csv'))
    expect(preview.status).toBe(200)
    expect(preview.body).toMatchObject({ ok: true, rows: 2, create: 2, replace: 0, problems: [] })
    const committed = await accounts.as.faculty.post('/imports/local-wages/commit', uploadForm(GOOD, 'wages.csv', { expectedHash: preview.body.fileHash }))
    expect(committed.status).toBe(201)
    const inspectors = (await accounts.as.anonymous.get('/local-wages?socCode=51-9061')).body.items[0]
    expect(inspectors).toMatchObject({ hourlyMedian: null, annualMedian: 48000, hourlyP25: null })
    const again = await accounts.as.faculty.post('/imports/local-wages/preview', uploadForm(GOOD.replace('29.10', '30.00'), 'wages.csv'))
    expect(again.body).toMatchObject({ create: 0, replace: 2 })
    const stale = await accounts.as.faculty.post('/imports/local-wages/commit', uploadForm(GOOD, 'wages.csv', { expectedHash: again.body.fileHash }))
    expect(stale.status).toBe(409)
  })

  it('refuses a CSV with bad rows as a whole, locating each problem by row and column', async () => {
    const bad = [
      HEADER,
      '51-4041,Greater Dayton,Ohio LMI,2026,31.00,64480,,',
      '51-4011,Greater Dayton,Ohio LMI,2026,20,,,',
      '51-9061,Greater Dayton,Ohio LMI,2026,-5,,,',
      '51-9161,Greater Dayton,Ohio LMI,2026,612,,,',
      '51-4121,,Ohio LMI,twenty,abc,,,',
      '51-4041,Greater Dayton,Ohio LMI,2026,31.00,,,',
    ].join('\n')
    const before = await rowCounts(test.db)
    const preview = await accounts.as.faculty.post('/imports/local-wages/preview', uploadForm(bad, 'wages.csv'))
    expect(preview.body.ok).toBe(false)
    const located = preview.body.problems.map((p: { row: number; column: string }) => `${p.row} ${p.column}`)
    expect(located).toEqual([
      '3 A (SOC code)', '4 E (Hourly median)', '5 E (Hourly median)', '6 B (Region)', '6 D (Year)', '6 E (Hourly median)', '6 E (Hourly median)', '7 A (SOC code)',
    ])
    expect(preview.body.problems[2].message).toContain('not a plausible wage')
    const refused = await accounts.as.faculty.post('/imports/local-wages/commit', uploadForm(bad, 'wages.csv'))
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain('row 3, column A (SOC code)')
    expect(refused.body.error.details.problems).toHaveLength(8)
    expect(await rowCounts(test.db)).toEqual(before)
    const noColumns = await accounts.as.faculty.post('/imports/local-wages/preview', uploadForm('Code,Wage\n51-4041,20\n', 'x.csv'))
    expect(noColumns.body.problems.map((p: { message: string }) => p.message)).toContain('The header row has no "region" column')
  })

  it('lets only people who edit pathways import, and an admin with no organisation name one', async () => {
    expect((await accounts.as.viewer.post('/imports/local-wages/preview', uploadForm(GOOD, 'wages.csv'))).status).toBe(403)
    expect((await accounts.as.anonymous.post('/imports/local-wages/commit', uploadForm(GOOD, 'wages.csv'))).status).toBe(401)
    await createUser(test.db, null, { email: 'root@test.rungs', name: 'Root', password: TEST_PASSWORD, role: 'admin', organisationId: null })
    const root = apiClient(test.db, { cookie: await signInCookie(test.db, 'root@test.rungs', TEST_PASSWORD) })
    const unnamed = await root.post('/local-wages', entry)
    expect(unnamed.status).toBe(422)
    expect(unnamed.body.error.details.field).toBe('organisationId')
    const named = await root.post('/local-wages', { ...entry, organisationId: accounts.organisations.other })
    expect(named.status).toBe(201)
    expect(named.body.organisationId).toBe(accounts.organisations.other)
    expect((await accounts.as.faculty.post('/local-wages', { ...entry, region: 'X', organisationId: accounts.organisations.other })).status).toBe(403)
  })
})
