import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule, makePathway } from '../support/factories'

describe.each(testDialects)('articulations API on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  const ids = { hs: 0, mfg101: 0, mfg201: 0, outside: 0, nims: 0, pathway: 0 }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
    const hs = await makeModule(test.db, { code: 'HS-MACH', title: 'Intro to Machining', level: 'secondary' })
    const mfg101 = await makeModule(test.db, { code: 'MFG-101', title: 'Machining I' })
    const mfg201 = await makeModule(test.db, { code: 'MFG-201', title: 'Machining II' })
    const outside = await makeModule(test.db, { code: 'HLT-101', title: 'Outside' })
    const nims = await makeCredential(test.db, { title: 'NIMS Measurement', kind: 'certification' })
    const pathway = await makePathway(test.db, {
      modules: [{ moduleId: hs.id, stage: 1 }, { moduleId: mfg101.id, stage: 2 }, { moduleId: mfg201.id, stage: 3 }],
    })
    Object.assign(ids, { hs: hs.id, mfg101: mfg101.id, mfg201: mfg201.id, outside: outside.id, nims: nims.id, pathway: pathway.id })
  })
  afterAll(() => test.destroy())

  it('creates articulations from a module or a credential, answering with both ends named', async () => {
    const fromModule = await api.post('/articulations', {
      fromModuleId: ids.hs, toModuleId: ids.mfg101, kind: 'articulated_credit', credits: 3, description: '3 credits of MFG 101',
    })
    expect(fromModule.status).toBe(201)
    expect(fromModule.body).toMatchObject({
      fromModuleId: ids.hs, fromModuleCode: 'HS-MACH', fromModuleTitle: 'Intro to Machining', fromCredentialId: null, fromCredentialTitle: null,
      toModuleId: ids.mfg101, toModuleCode: 'MFG-101', toModuleTitle: 'Machining I', credits: 3, kind: 'articulated_credit',
    })
    const fromCredential = await api.post('/articulations', { fromCredentialId: ids.nims, toModuleId: ids.mfg201, kind: 'prior_learning' })
    expect(fromCredential.status).toBe(201)
    expect(fromCredential.body).toMatchObject({ fromModuleId: null, fromCredentialTitle: 'NIMS Measurement', toModuleCode: 'MFG-201', credits: null })
    const outside = await api.post('/articulations', { fromModuleId: ids.outside, toModuleId: ids.mfg201, kind: 'dual_enrollment' })
    expect(outside.status).toBe(201)
    expect((await api.get(`/articulations/${fromModule.body.id}`)).body).toEqual(fromModule.body)
  })

  it('refuses two sources, no source, a module crediting itself and unknown ends', async () => {
    const both = await api.post('/articulations', { fromModuleId: ids.hs, fromCredentialId: ids.nims, toModuleId: ids.mfg101, kind: 'articulated_credit' })
    expect(both.status).toBe(422)
    const none = await api.post('/articulations', { toModuleId: ids.mfg101, kind: 'articulated_credit' })
    expect(none.status).toBe(422)
    const self = await api.post('/articulations', { fromModuleId: ids.mfg101, toModuleId: ids.mfg101, kind: 'articulated_credit' })
    expect(self.status).toBe(422)
    expect(self.body.error.message).toContain('itself')
    const unknownModule = await api.post('/articulations', { fromModuleId: 99999, toModuleId: ids.mfg101, kind: 'articulated_credit' })
    expect(unknownModule.status).toBe(422)
    expect(unknownModule.body.error.message).toBe('Module id 99999 does not exist')
    const unknownCredential = await api.post('/articulations', { fromCredentialId: 88888, toModuleId: ids.mfg101, kind: 'prior_learning' })
    expect(unknownCredential.body.error.message).toBe('Credential id 88888 does not exist')
    expect((await api.get('/articulations')).body.total).toBe(3)
  })

  it('lists articulations touching a module, or among the modules of a pathway, a page at a time', async () => {
    const touching = await api.get(`/articulations?moduleId=${ids.mfg201}`)
    expect(touching.body.items.map((a: { fromModuleCode: string | null; fromCredentialTitle: string | null }) => a.fromModuleCode ?? a.fromCredentialTitle))
      .toEqual(['NIMS Measurement', 'HLT-101'])
    const inPathway = await api.get(`/articulations?pathwayId=${ids.pathway}`)
    expect(inPathway.body.items.map((a: { toModuleCode: string }) => a.toModuleCode)).toEqual(['MFG-101', 'MFG-201'])
    expect(inPathway.body.items[1].fromCredentialTitle).toBe('NIMS Measurement')
    const page = await api.get('/articulations?limit=1&offset=1')
    expect(page.body).toMatchObject({ total: 3, limit: 1, offset: 1 })
    expect(page.body.items).toHaveLength(1)
  })

  it('edits an articulation, switching its source, but never to two sources', async () => {
    const [first] = (await api.get(`/articulations?moduleId=${ids.hs}`)).body.items
    const switched = await api.patch(`/articulations/${first.id}`, { fromModuleId: null, fromCredentialId: ids.nims, credits: 4 })
    expect(switched.status).toBe(200)
    expect(switched.body).toMatchObject({ fromModuleId: null, fromCredentialTitle: 'NIMS Measurement', credits: 4, description: '3 credits of MFG 101' })
    const two = await api.patch(`/articulations/${first.id}`, { fromModuleId: ids.hs })
    expect(two.status).toBe(422)
    expect((await api.get(`/articulations/${first.id}`)).body).toEqual(switched.body)
    expect((await api.patch('/articulations/99999', { credits: 1 })).status).toBe(404)
  })

  it('deletes an articulation', async () => {
    const [first] = (await api.get('/articulations')).body.items
    expect((await api.delete(`/articulations/${first.id}`)).status).toBe(204)
    expect((await api.get(`/articulations/${first.id}`)).status).toBe(404)
    expect((await api.delete(`/articulations/${first.id}`)).status).toBe(404)
  })
})
