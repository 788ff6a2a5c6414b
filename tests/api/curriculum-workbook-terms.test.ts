// The curriculum workbook's time, cost, schedule, funding and supports: exported in words, imported back with
// round-trip fidelity in one transaction, recorded in revisions, and refused whole (422 naming sheet, row and
// column) when a row is wrong or edits what the person may not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway } from '../support/factories'
import { sheetsOf, workbookOf, type Rows } from './curriculum-support'
import { fingerprint, uploadForm } from './import-support'

const tutoring = {
  kind: 'tutoring', description: 'Drop-in math tutoring', contactName: 'Learning commons', contactEmail: 'tutoring@riverside.example',
  contactPhone: '+1 555-0142', contactNotes: 'Mon–Thu 9–7',
} as const

describe.each(testDialects)('curriculum workbook funding and supports on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let cookie: string
  let slug: string
  const ids: Record<string, number> = {}

  const download = async () => {
    const response = await createApp({ db: test.db }).request(`/api/exports/pathways/${slug}/curriculum.xlsx`, { headers: { cookie } })
    expect(response.status).toBe(200)
    return sheetsOf(Buffer.from(await response.arrayBuffer()))
  }
  const send = (step: 'preview' | 'commit', sheets: Record<string, Rows>) =>
    accounts.as.faculty.post(`/imports/curriculum/${slug}/${step}`, uploadForm(workbookOf(sheets), 'curriculum.xlsx'))
  const rowOf = (rows: Rows, code: string) => rows.find((r) => r[0] === code)!

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    cookie = await signInCookie(test.db, 'faculty@test.rungs', TEST_PASSWORD)
    const college = accounts.organisations.college
    const measuring = await makeModule(test.db, {
      code: 'TS-101', title: 'Measuring', status: 'approved', durationWeeks: 16, costToStudent: 1450, delivery: ['evening', 'online'],
      funding: [{ source: 'pell', notes: 'Credit certificate students' }, { source: 'wioa_title_1' }],
      supports: [{ ...tutoring, organisationId: college }],
    })
    const turning = await makeModule(test.db, { code: 'TS-102', title: 'Turning', status: 'approved' })
    const welding = await makeModule(test.db, { code: 'TS-201', title: 'Welding', status: 'approved', funding: [{ source: 'perkins_v' }] }, { owner: accounts.organisations.other })
    Object.assign(ids, { measuring: measuring.id, turning: turning.id, welding: welding.id })
    const pathway = await makePathway(test.db, {
      modules: [{ moduleId: measuring.id, stage: 1, isEntry: true }, { moduleId: turning.id, stage: 2, isExit: true }, { moduleId: welding.id, stage: 2 }],
      supports: [
        { kind: 'career_counselling', description: 'Career assessment at the job centre', organisationId: accounts.organisations.other, contactPhone: '555-0130' },
        { kind: 'child_care', description: 'Evening child care referrals', stage: 1 },
      ],
    })
    slug = pathway.slug
  })
  afterAll(() => test.destroy())

  it('exports weeks, cost, schedule, funding and supports in words, and takes them back unchanged', async () => {
    const sheets = await download()
    expect(rowOf(sheets.Modules!, 'TS-101').slice(9, 12)).toEqual(['16', '1450', 'Evening; Online'])
    expect(sheets.Funding).toEqual([
      ['Module code', 'Funding source', 'Notes'],
      ['TS-101', 'Pell grant / ability to benefit', 'Credit certificate students'],
      ['TS-101', 'WIOA Title I (adult, dislocated worker, youth)', ''],
      ['TS-201', 'Perkins V', ''],
    ])
    expect(sheets.Supports).toEqual([
      ['Module code', 'Stage', 'Type of support', 'What it offers', 'Provided by', 'Contact name', 'Contact email', 'Contact phone', 'Contact notes'],
      ['', '', 'Career assessment and counselling', 'Career assessment at the job centre', 'Hillview Adult School', '', '', '555-0130', ''],
      ['', '1', 'Child care', 'Evening child care referrals', '', '', '', '', ''],
      ['TS-101', '', 'Tutoring', 'Drop-in math tutoring', 'Riverside Community College', 'Learning commons', 'tutoring@riverside.example', "'+1 555-0142", 'Mon–Thu 9–7'],
    ])
    const same = await send('preview', sheets)
    expect(same.body).toMatchObject({ ok: true, modules: [], pathwayChanges: [], unchanged: 3, problems: [] })
  })

  it('applies edits of weeks, cost, schedule, funding and supports in one go, recorded in revisions', async () => {
    const sheets = await download()
    const turning = rowOf(sheets.Modules!, 'TS-102')
    turning.splice(9, 3, '8', '$1,200', 'weekend; At the workplace')
    sheets.Funding![1]![2] = 'Pell grant for the AAS'
    sheets.Funding!.push(['TS-102', 'TANF', 'Work activity hours'])
    sheets.Supports = [
      sheets.Supports![0]!, sheets.Supports![1]!,
      ['', '2', 'Transportation', 'Bus passes', 'hillview adult school', 'Desk', '', '555-0199', ''],
      ['TS-102', '', 'job_placement', 'Interviews with employers', 'Riverside Community College', '', 'jobs@riverside.example', '', ''],
    ]
    const preview = await send('preview', sheets)
    expect(preview.body).toMatchObject({ ok: true, unchanged: 1, problems: [] })
    const byCode = Object.fromEntries(preview.body.modules.map((m: { code: string; fields: unknown[] }) => [m.code, m.fields]))
    expect(byCode['TS-101']).toEqual([
      { field: 'funding', before: 'Pell grant / ability to benefit: Credit certificate students; WIOA Title I (adult, dislocated worker, youth)', after: 'Pell grant / ability to benefit: Pell grant for the AAS; WIOA Title I (adult, dislocated worker, youth)' },
      { field: 'supports', before: 'Tutoring: Drop-in math tutoring · Riverside Community College · Learning commons · tutoring@riverside.example · +1 555-0142 · Mon–Thu 9–7', after: '' },
    ])
    expect(byCode['TS-102']).toEqual([
      { field: 'durationWeeks', before: '', after: '8' },
      { field: 'costToStudent', before: '', after: '1200' },
      { field: 'delivery', before: '', after: 'Weekend; At the workplace' },
      { field: 'funding', before: '', after: 'TANF: Work activity hours' },
      { field: 'supports', before: '', after: 'Job placement: Interviews with employers · Riverside Community College · jobs@riverside.example' },
    ])
    expect(preview.body.pathwayChanges).toEqual([expect.objectContaining({ field: 'supports', after: expect.stringContaining('Stage 2 · Transportation: Bus passes · hillview adult school') })])

    const done = await send('commit', sheets)
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    const turned = (await accounts.as.faculty.get(`/modules/${ids.turning}`)).body
    expect(turned).toMatchObject({ durationWeeks: 8, costToStudent: 1200, delivery: ['weekend', 'workplace'], funding: [{ source: 'tanf', notes: 'Work activity hours' }] })
    expect(turned.supports).toMatchObject([{ kind: 'job_placement', organisationName: 'Riverside Community College', contactEmail: 'jobs@riverside.example' }])
    const measured = (await accounts.as.faculty.get(`/modules/${ids.measuring}`)).body
    expect(measured).toMatchObject({ supports: [], funding: [{ source: 'pell', notes: 'Pell grant for the AAS' }, { source: 'wioa_title_1', notes: null }] })
    const road = (await accounts.as.faculty.get(`/pathways/${slug}`)).body
    expect(road.supports.map((s: { kind: string; stage: number | null; organisationName: string | null }) => [s.kind, s.stage, s.organisationName])).toEqual([
      ['career_counselling', null, 'Hillview Adult School'],
      ['transportation', 2, 'Hillview Adult School'],
    ])
    const compared = (await accounts.as.faculty.get(`/modules/${ids.turning}/revisions/compare?from=1&to=2`)).body.changes
    expect(compared.map((c: { section: string; label: string }) => [c.section, c.label])).toEqual(
      expect.arrayContaining([
        ['field', 'Duration (weeks)'], ['field', 'Cost to student ($)'], ['field', 'Schedule options'],
        ['funding', 'TANF: Work activity hours'], ['support', 'Job placement: Interviews with employers · by Riverside Community College · jobs@riverside.example'],
      ]),
    )
    // What was applied exports as it was written: downloading and uploading again changes nothing.
    expect((await send('preview', await download())).body).toMatchObject({ ok: true, modules: [], pathwayChanges: [], problems: [] })
  })

  type Edit = (sheets: Record<string, Rows>) => void
  const cases: [string, Edit, { sheet: string; row: number; column: string; message: RegExp }][] = [
    ['an unknown funding source', (s) => s.Funding!.push(['TS-102', 'Lottery winnings', '']), { sheet: 'Funding', row: 6, column: 'B (Funding source)', message: /"Lottery winnings" is not one of: .*Perkins V/ }],
    ['a funding source twice', (s) => s.Funding!.push(['TS-102', 'tanf', '']), { sheet: 'Funding', row: 6, column: 'B (Funding source)', message: /Module TS-102 lists TANF twice \(first in row 4\)/ }],
    ['funding of a module not in the sheet', (s) => s.Funding!.push(['NOPE-1', 'TANF', '']), { sheet: 'Funding', row: 6, column: 'A (Module code)', message: /Module NOPE-1 is not in the Modules sheet/ }],
    ['an unknown type of support', (s) => s.Supports![3]![2] = 'Massage', { sheet: 'Supports', row: 4, column: 'C (Type of support)', message: /"Massage" is not one of: .*Child care/ }],
    ['an unknown provider organisation', (s) => s.Supports![3]![4] = 'Acme Nowhere Inc', { sheet: 'Supports', row: 4, column: 'E (Provided by)', message: /No partner organisation is named "Acme Nowhere Inc"/ }],
    ['a contact email that is not one', (s) => s.Supports![3]![6] = 'jobs at riverside', { sheet: 'Supports', row: 4, column: 'G (Contact email)', message: /must be an email address/ }],
    ['a support for a module and a stage at once', (s) => s.Supports![3]![1] = '2', { sheet: 'Supports', row: 4, column: 'B (Stage)', message: /for a module or for a stage/ }],
    ['a negative cost', (s) => rowOf(s.Modules!, 'TS-102')[10] = '-5', { sheet: 'Modules', row: 3, column: 'K (Cost to student ($))', message: /"-5" is not a whole number from 0 to 100000/ }],
    ['an absurd cost', (s) => rowOf(s.Modules!, 'TS-102')[10] = '2500000', { sheet: 'Modules', row: 3, column: 'K (Cost to student ($))', message: /from 0 to 100000/ }],
    ['absurd weeks', (s) => rowOf(s.Modules!, 'TS-102')[9] = '9999', { sheet: 'Modules', row: 3, column: 'J (Weeks)', message: /"9999" is not a whole number from 1 to 260/ }],
    ['zero weeks', (s) => rowOf(s.Modules!, 'TS-102')[9] = '0', { sheet: 'Modules', row: 3, column: 'J (Weeks)', message: /from 1 to 260/ }],
    ['an unknown schedule option', (s) => rowOf(s.Modules!, 'TS-102')[11] = 'Evening; Midnight', { sheet: 'Modules', row: 3, column: 'L (Schedule options)', message: /"Midnight" is not one of: Evening; Weekend/ }],
    ['funding of another organisation’s module', (s) => s.Funding!.push(['TS-201', 'TANF', '']), { sheet: 'Modules', row: 4, column: 'A (Code)', message: /Module TS-201 belongs to another organisation/ }],
  ]

  it.each(cases)('refuses %s naming sheet, row and column, and writes nothing', async (_name, edit, where) => {
    const sheets = await download()
    edit(sheets)
    const before = await fingerprint(test.db)
    const preview = await send('preview', sheets)
    expect(preview.body.ok).toBe(false)
    expect(preview.body.problems).toContainEqual({ severity: 'error', sheet: where.sheet, row: where.row, column: where.column, message: expect.stringMatching(where.message) })
    const refused = await send('commit', sheets)
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain(`${where.sheet} row ${where.row}, column ${where.column}`)
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('takes a workbook exported before funding and supports existed, leaving them as they are', async () => {
    const sheets = await download()
    delete sheets.Funding
    delete sheets.Supports
    sheets.Modules = sheets.Modules!.map((row) => [...row.slice(0, 9), ...row.slice(12)])
    rowOf(sheets.Modules, 'TS-102')[1] = 'Turning I'
    const done = await send('commit', sheets)
    expect(done.status, JSON.stringify(done.body)).toBe(201)
    expect(done.body.problems).toContainEqual(expect.objectContaining({ severity: 'warning', sheet: 'Funding' }))
    expect(done.body.modules).toEqual([expect.objectContaining({ code: 'TS-102', fields: [{ field: 'title', before: 'Turning', after: 'Turning I' }] })])
    const turned = (await accounts.as.faculty.get(`/modules/${ids.turning}`)).body
    expect(turned).toMatchObject({ title: 'Turning I', durationWeeks: 8, costToStudent: 1200, delivery: ['weekend', 'workplace'], funding: [{ source: 'tanf' }] })
    expect(turned.supports).toHaveLength(1)
  })
})
