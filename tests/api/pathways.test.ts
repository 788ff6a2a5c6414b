import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule } from '../support/factories'

describe.each(testDialects)('pathways API on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  const ids = { framework: 0, bridge: 0, measure: 0, cnc: 0, elsewhere: 0, osha: 0, cert: 0, aas: 0 }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
    const { framework } = await makeFramework(test.db, { title: 'MSSC CPT', codes: ['S-1', 'S-2', 'S-3'] })
    const aas = await makeCredential(test.db, { title: 'AAS Manufacturing', kind: 'degree' })
    const cert = await makeCredential(test.db, { title: 'Production Technician Certificate', stacksIntoIds: [aas.id] })
    const osha = await makeCredential(test.db, { title: 'OSHA-10', kind: 'certification', industryRecognised: true, stacksIntoIds: [cert.id] })
    const bridge = await makeModule(test.db, { code: 'BR-1', title: 'Shop Math Bridge', level: 'adult', kind: 'bridge', clockHours: 60 })
    const measure = await makeModule(test.db, { code: 'MFG-101', title: 'Measurement', credits: 3, credentialIds: [osha.id] })
    const cnc = await makeModule(test.db, { code: 'MFG-201', title: 'CNC Operation', credentialIds: [cert.id], prerequisiteIds: [measure.id] })
    const elsewhere = await makeModule(test.db, { code: 'HLT-101', title: 'Not in the pathway' })
    Object.assign(ids, { framework: framework.id, bridge: bridge.id, measure: measure.id, cnc: cnc.id, elsewhere: elsewhere.id, osha: osha.id, cert: cert.id, aas: aas.id })
    await api.post('/articulations', { fromModuleId: measure.id, toModuleId: cnc.id, kind: 'articulated_credit', credits: 1 })
    await api.post('/articulations', { fromModuleId: elsewhere.id, toModuleId: cnc.id, kind: 'articulated_credit' })
  })
  afterAll(() => test.destroy())

  it('creates a pathway and reads it by slug as a road map of stages, credentials and articulations', async () => {
    const created = await api.post('/pathways', {
      slug: 'advanced-manufacturing',
      title: 'Advanced Manufacturing',
      sector: 'Manufacturing',
      occupations: [{ socCode: '51-4041', title: 'Machinists' }, { socCode: '51-9161', title: 'CNC Tool Operators' }],
      frameworkIds: [ids.framework],
      modules: [
        { moduleId: ids.cnc, stage: 2 },
        { moduleId: ids.measure, stage: 1, position: 1, isExit: true },
        { moduleId: ids.bridge, stage: 1, position: 0, isEntry: true },
      ],
    })
    expect(created.status).toBe(201)
    const read = await api.get('/pathways/advanced-manufacturing')
    expect(read.status).toBe(200)
    expect(read.body).toEqual(created.body)
    const p = read.body
    expect(p.occupations).toEqual([{ socCode: '51-4041', title: 'Machinists' }, { socCode: '51-9161', title: 'CNC Tool Operators' }])
    expect(p.frameworks).toEqual([{ id: ids.framework, title: 'MSSC CPT', kind: 'occupational', competencyCount: 3 }])
    expect(p.stages.map((s: { stage: number; modules: { code: string }[] }) => [s.stage, s.modules.map((m) => m.code)])).toEqual([
      [1, ['BR-1', 'MFG-101']],
      [2, ['MFG-201']],
    ])
    expect(p.stages[0].modules[0]).toEqual({
      id: ids.bridge, code: 'BR-1', title: 'Shop Math Bridge', level: 'adult', kind: 'bridge', clockHours: 60, credits: null,
      entryLevel: null, status: 'draft', approvedVersion: null, organisationId: expect.any(Number), version: 1,
      stage: 1, position: 0, isEntry: true, isExit: false, occupations: [], credentials: [],
      durationWeeks: null, costToStudent: null, delivery: [],
    })
    expect(p.stages[0].modules[1].credentials).toEqual([
      { id: ids.osha, title: 'OSHA-10', kind: 'certification', industryRecognised: true, stacksInto: [ids.cert] },
    ])
    // The degree is reached only by stacking, yet the road map needs it to draw the ladder's top.
    expect(p.credentials).toEqual([
      { id: ids.aas, title: 'AAS Manufacturing', kind: 'degree', issuer: null, industryRecognised: false, stacksInto: [], occupations: [], moduleIds: [], routes: expect.any(Array) },
      { id: ids.osha, title: 'OSHA-10', kind: 'certification', issuer: null, industryRecognised: true, stacksInto: [ids.cert], occupations: [], moduleIds: [ids.measure], routes: expect.any(Array) },
      { id: ids.cert, title: 'Production Technician Certificate', kind: 'certificate', issuer: null, industryRecognised: false, stacksInto: [ids.aas], occupations: [], moduleIds: [ids.cnc], routes: expect.any(Array) },
    ])
    expect(p.articulations).toEqual([expect.objectContaining({ fromModuleCode: 'MFG-101', toModuleCode: 'MFG-201', credits: 1 })])
  })

  it('lists pathways with module counts and occupations, a page at a time', async () => {
    await api.post('/pathways', { slug: 'health-care', title: 'Health Care', sector: 'Health', modules: [{ moduleId: ids.elsewhere, stage: 1 }] })
    await api.post('/pathways', { slug: 'it-support', title: 'IT Support', sector: 'Information Technology' })
    const all = await api.get('/pathways')
    expect(all.body.total).toBe(3)
    expect(all.body.items.map((p: { slug: string; moduleCount: number }) => [p.slug, p.moduleCount])).toEqual([
      ['advanced-manufacturing', 3], ['health-care', 1], ['it-support', 0],
    ])
    expect(all.body.items[0].occupations).toHaveLength(2)
    const page = await api.get('/pathways?limit=1&offset=1')
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1, items: [{ slug: 'health-care' }] })
    expect((await api.get('/pathways?q=information')).body.items.map((p: { slug: string }) => p.slug)).toEqual(['it-support'])
  })

  it('refuses a duplicate slug, unknown ids and repeated modules, leaving the pathway as it was', async () => {
    const dup = await api.post('/pathways', { slug: 'health-care', title: 'Again', sector: 'Health' })
    expect(dup.status).toBe(409)
    expect(dup.body.error.message).toContain('health-care')

    const p = (await api.get('/pathways/advanced-manufacturing')).body
    expect(p.version).toBe(1)
    const unknown = await api.patch(`/pathways/${p.id}`, {
      version: p.version, title: 'Renamed', frameworkIds: [], modules: [{ moduleId: ids.bridge, stage: 1 }, { moduleId: 777777, stage: 2 }, { moduleId: 888888, stage: 2 }],
    })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toBe('Module ids 777777, 888888 do not exist')
    const unknownFramework = await api.patch(`/pathways/${p.id}`, { version: p.version, frameworkIds: [555555] })
    expect(unknownFramework.body.error.message).toBe('Framework id 555555 does not exist')
    const twice = await api.patch(`/pathways/${p.id}`, { version: p.version, modules: [{ moduleId: ids.bridge, stage: 1 }, { moduleId: ids.bridge, stage: 2 }] })
    expect(twice.status).toBe(422)
    const takenSlug = await api.patch(`/pathways/${p.id}`, { version: p.version, slug: 'it-support' })
    expect(takenSlug.status).toBe(409)
    expect((await api.get('/pathways/advanced-manufacturing')).body).toEqual(p)
  })

  it('replaces the collections given in an edit and keeps the others', async () => {
    const p = (await api.get('/pathways/advanced-manufacturing')).body
    const edited = await api.patch(`/pathways/${p.id}`, {
      version: p.version, slug: 'adv-mfg', description: 'Machining ladder', modules: [{ moduleId: ids.measure, stage: 1, isEntry: true }],
    })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ slug: 'adv-mfg', description: 'Machining ladder', title: 'Advanced Manufacturing', version: p.version + 1 })
    expect(edited.body.stages).toEqual([{ stage: 1, modules: [expect.objectContaining({ code: 'MFG-101', isEntry: true })] }])
    expect(edited.body.occupations).toHaveLength(2)
    expect(edited.body.frameworks).toHaveLength(1)
    expect(edited.body.articulations).toEqual([])
    expect((await api.get('/pathways/advanced-manufacturing')).status).toBe(404)
  })

  it('answers unknown pathways with 404 and bad slugs with 400', async () => {
    expect((await api.get('/pathways/no-such-pathway')).status).toBe(404)
    expect((await api.get('/pathways/Not_A_Slug')).status).toBe(400)
    expect((await api.patch('/pathways/99999', { version: 1, title: 'x' })).status).toBe(404)
    expect((await api.delete('/pathways/99999')).status).toBe(404)
  })

  it('deletes a pathway but keeps its modules', async () => {
    const p = (await api.get('/pathways/adv-mfg')).body
    expect((await api.delete(`/pathways/${p.id}`)).status).toBe(204)
    expect((await api.get('/pathways/adv-mfg')).status).toBe(404)
    expect((await api.get(`/modules/${ids.measure}`)).status).toBe(200)
    expect((await api.get('/pathways')).body.total).toBe(2)
  })
})
