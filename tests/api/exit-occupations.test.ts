import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule } from '../support/factories'
import { rowCounts } from '../support/row-counts'

describe.each(testDialects)('jobs at exits and credentials on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  const ids = { start: 0, top: 0, cert: 0, pathway: 0 }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const cert = await makeCredential(test.db, { title: 'Machinist Certificate' })
    const start = await makeModule(test.db, { code: 'MFG-101', title: 'Measurement', status: 'approved' })
    const top = await makeModule(test.db, { code: 'MFG-201', title: 'CNC Operation', status: 'approved', credentialIds: [cert.id] })
    Object.assign(ids, { start: start.id, top: top.id, cert: cert.id })
    const created = await accounts.as.faculty.post('/pathways', {
      slug: 'machining', title: 'Machining', sector: 'Manufacturing',
      familyWageHourly: 26.5, familyWageSource: 'MIT Living Wage Calculator, 1 adult 1 child, 2025',
      modules: [
        { moduleId: start.id, stage: 1, isEntry: true },
        { moduleId: top.id, stage: 2, isExit: true, occupations: ['51-4041', '51-9161'] },
      ],
    })
    expect(created.status).toBe(201)
    ids.pathway = created.body.id
  })
  afterAll(() => test.destroy())

  const roadMap = async () => (await accounts.as.anonymous.get('/pathways/machining')).body
  const exit = (map: any) => map.stages[1].modules[0]

  it('shows each exit job with its median, 25th–75th range, projection and source in words, marked against the family wage', async () => {
    const map = await roadMap()
    expect(map).toMatchObject({ familyWageHourly: 26.5, familyWageSource: 'MIT Living Wage Calculator, 1 adult 1 child, 2025' })
    const [machinists, cnc] = exit(map).occupations
    expect(machinists).toMatchObject({
      socCode: '51-4041', title: 'Machinists', atFamilyWage: true,
      wage: { sourceWords: 'BLS OEWS, national, May 2025', hourlyMedian: 28.24, annualMedian: 58750, hourlyP25: 22.87, hourlyP75: 32.55, effectiveHourly: 28.24 },
      projection: { changePercent: 0, annualOpenings: 29500, sourceWords: 'BLS Employment Projections 2024–34' },
    })
    expect(cnc).toMatchObject({ socCode: '51-9161', atFamilyWage: false, wage: { hourlyMedian: 24.37 }, projection: { changePercent: -10.7 } })
    expect(map.stages[0].modules[0].occupations).toEqual([])
  })

  it("keeps an exit's jobs when a client sends the placements without them, and drops them when the module stops being an exit", async () => {
    const placements = [
      { moduleId: ids.start, stage: 1, isEntry: true },
      { moduleId: ids.top, stage: 2, isExit: true },
    ]
    const kept = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version: (await roadMap()).version, modules: placements })
    expect(kept.status).toBe(200)
    expect(exit(kept.body).occupations.map((o: { socCode: string }) => o.socCode)).toEqual(['51-4041', '51-9161'])
    const notExit = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, {
      version: kept.body.version, modules: [placements[0], { ...placements[1], isExit: false }],
    })
    expect(exit(notExit.body).occupations).toEqual([])
    const back = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, {
      version: notExit.body.version, modules: [placements[0], { ...placements[1], occupations: ['51-4041', '51-9161'] }],
    })
    expect(back.status).toBe(200)
  })

  it('refuses unknown SOC codes, jobs at a module that is not an exit and a wage without its source with 422 naming the field, writing nothing', async () => {
    const before = await rowCounts(test.db)
    const version = (await roadMap()).version
    const unknown = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, {
      version, title: 'Renamed', modules: [{ moduleId: ids.top, stage: 2, isExit: true, occupations: ['51-4041', '51-4011'] }],
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error).toMatchObject({ details: { field: 'modules[0].occupations', missing: ['51-4011'] } })
    expect(unknown.body.error.message).toContain('51-4011 is not a SOC 2018 occupation')
    const notExit = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, {
      version, modules: [{ moduleId: ids.start, stage: 1, occupations: ['51-4041'] }],
    })
    expect(notExit.status).toBe(422)
    expect(notExit.body.error.details.field).toBe('modules[0].occupations')
    const noSource = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version, familyWageHourly: 30, familyWageSource: '' })
    expect(noSource.status).toBe(422)
    expect(noSource.body.error.details.field).toBe('familyWageSource')
    const absurd = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version, familyWageHourly: -3 })
    expect(absurd.status).toBe(422)
    expect(absurd.body.error.message).toContain('familyWageHourly')
    expect(await rowCounts(test.db)).toEqual(before)
    expect((await roadMap()).title).toBe('Machining')
  })

  it('keeps the region and year the family-sustaining wage is for, clears an empty region, and refuses an absurd year', async () => {
    const map = await roadMap()
    const set = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version: map.version, familyWageRegion: ' Greater Dayton, Ohio ', familyWageYear: 2025 })
    expect(set.status).toBe(200)
    expect(set.body).toMatchObject({ familyWageHourly: 26.5, familyWageRegion: 'Greater Dayton, Ohio', familyWageYear: 2025 })
    const absurd = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version: set.body.version, familyWageYear: 1066 })
    expect(absurd.status).toBe(422)
    expect(absurd.body.error.details.issues[0].path).toBe('familyWageYear')
    const cleared = await accounts.as.faculty.patch(`/pathways/${ids.pathway}`, { version: set.body.version, familyWageRegion: '', familyWageYear: null })
    expect(cleared.body).toMatchObject({ familyWageRegion: null, familyWageYear: null })
  })

  it('names jobs for a credential, refusing unknown codes with nothing written, and audits the change', async () => {
    const refused = await accounts.as.faculty.patch(`/credentials/${ids.cert}`, { occupations: ['51-4041', '99-9999'] })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details).toMatchObject({ field: 'occupations', missing: ['99-9999'] })
    expect((await accounts.as.anonymous.get(`/credentials/${ids.cert}`)).body.occupations).toEqual([])
    const named = await accounts.as.faculty.patch(`/credentials/${ids.cert}`, { occupations: ['51-4041'] })
    expect(named.status).toBe(200)
    expect(named.body.occupations).toEqual([{ socCode: '51-4041', title: 'Machinists' }])
    const map = await roadMap()
    expect(map.credentials.find((c: { id: number }) => c.id === ids.cert).occupations[0]).toMatchObject({ socCode: '51-4041', wage: { hourlyMedian: 28.24 } })
    const trail = await accounts.as.admin.get(`/audit?table=credentials&rowId=${ids.cert}`)
    expect(trail.body.items[0].after.occupations).toEqual([{ socCode: '51-4041', title: 'Machinists' }])
    const twice = await accounts.as.faculty.post('/credentials', { title: 'Twice', kind: 'certificate', occupations: ['51-4041', '51-4041'] })
    expect(twice.status).toBe(422)
  })

  it("shows the owning partnership's local wages before national ones, with their source in words", async () => {
    const local = await accounts.as.faculty.post('/local-wages', {
      socCode: '51-9161', region: 'Greater Dayton', source: 'Ohio LMI', year: 2025, hourlyMedian: 27.1, annualMedian: 56370, hourlyP25: 23, hourlyP75: 31,
    })
    expect(local.status).toBe(201)
    const cnc = exit(await roadMap()).occupations[1]
    expect(cnc).toMatchObject({ atFamilyWage: true, wage: { kind: 'local', sourceWords: 'Local: Greater Dayton, Ohio LMI 2025', hourlyMedian: 27.1, hourlyP75: 31 } })
    // Another partnership's local wages do not reach this pathway.
    await accounts.as.admin.post('/local-wages', {
      organisationId: accounts.organisations.other, socCode: '51-4041', region: 'Elsewhere', source: 'Survey', year: 2026, hourlyMedian: 12,
    })
    expect(exit(await roadMap()).occupations[0].wage.sourceWords).toBe('BLS OEWS, national, May 2025')
  })
})
