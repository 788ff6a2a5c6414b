import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule } from '../support/factories'

const titlesOf = (items: { title: string }[]) => items.map((i) => i.title)

describe.each(testDialects)('credentials API on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  it('creates credentials that stack and reads both directions with the modules leading to them', async () => {
    const aas = await api.post('/credentials', { title: 'AAS Manufacturing', kind: 'degree', issuer: 'Riverside CC' })
    expect(aas.status).toBe(201)
    expect(aas.body).toMatchObject({ title: 'AAS Manufacturing', kind: 'degree', industryRecognised: false, stacksInto: [], stackedFrom: [], modules: [] })
    const cert = await api.post('/credentials', {
      title: 'Production Technician Certificate', kind: 'certificate', industryRecognised: true, stacksIntoIds: [aas.body.id],
    })
    expect(cert.status).toBe(201)
    expect(cert.body.industryRecognised).toBe(true)
    expect(cert.body.stacksInto).toEqual([{ id: aas.body.id, title: 'AAS Manufacturing', kind: 'degree' }])
    await makeModule(test.db, { code: 'MFG-101', title: 'Measurement', credentialIds: [cert.body.id] })

    const read = await api.get(`/credentials/${aas.body.id}`)
    expect(read.body.stackedFrom).toEqual([{ id: cert.body.id, title: 'Production Technician Certificate', kind: 'certificate' }])
    const certRead = await api.get(`/credentials/${cert.body.id}`)
    expect(certRead.body.modules).toEqual([expect.objectContaining({ code: 'MFG-101', title: 'Measurement' })])
  })

  it('refuses a stacking loop with 422 naming it, and leaves the stacks as they were', async () => {
    const [aas, cert] = (await api.get('/credentials?q=manufacturing%20aas')).body.items.concat(
      (await api.get('/credentials?q=production')).body.items,
    )
    const loop = await api.patch(`/credentials/${aas.id}`, { title: 'AAS Manufacturing', stacksIntoIds: [cert.id] })
    expect(loop.status).toBe(422)
    expect(loop.body.error.message).toBe('Stacking would form a loop: AAS Manufacturing → Production Technician Certificate → AAS Manufacturing')
    const self = await api.patch(`/credentials/${aas.id}`, { stacksIntoIds: [aas.id] })
    expect(self.status).toBe(422)
    const unknown = await api.post('/credentials', { title: 'Orphan', kind: 'badge', stacksIntoIds: [31337] })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.message).toContain('31337')
    expect((await api.get(`/credentials/${aas.id}`)).body.stacksInto).toEqual([])
    expect((await api.get('/credentials?q=orphan')).body.total).toBe(0)
  })

  it('edits fields and replaces the stacks', async () => {
    const osha = await makeCredential(test.db, { title: 'OSHA-10', kind: 'certification' })
    const cert = (await api.get('/credentials?q=production')).body.items[0]
    const edited = await api.patch(`/credentials/${osha.id}`, { industryRecognised: true, issuer: 'OSHA', stacksIntoIds: [cert.id] })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ title: 'OSHA-10', industryRecognised: true, issuer: 'OSHA' })
    expect(titlesOf(edited.body.stacksInto)).toEqual(['Production Technician Certificate'])
    const cleared = await api.patch(`/credentials/${osha.id}`, { stacksIntoIds: [] })
    expect(cleared.body.stacksInto).toEqual([])
    expect(cleared.body.issuer).toBe('OSHA')
  })

  it('lists credentials by title, filtered by words and kind, a page at a time', async () => {
    const all = await api.get('/credentials')
    expect(titlesOf(all.body.items)).toEqual(['AAS Manufacturing', 'OSHA-10', 'Production Technician Certificate'])
    expect(titlesOf((await api.get('/credentials?kind=degree')).body.items)).toEqual(['AAS Manufacturing'])
    expect(titlesOf((await api.get('/credentials?q=riverside')).body.items)).toEqual(['AAS Manufacturing'])
    const page = await api.get('/credentials?limit=1&offset=2')
    expect(page.body).toMatchObject({ total: 3, items: [{ title: 'Production Technician Certificate' }] })
    expect((await api.get('/credentials/4040')).status).toBe(404)
  })

  it('refuses to delete a credential in use, naming the modules, stacks and articulations', async () => {
    const cert = (await api.get('/credentials?q=production')).body.items[0]
    const target = await makeModule(test.db, { code: 'MFG-201' })
    const articulation = await api.post('/articulations', { fromCredentialId: cert.id, toModuleId: target.id, kind: 'prior_learning' })
    const refused = await api.delete(`/credentials/${cert.id}`)
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('in_use')
    expect(refused.body.error.message).toBe(
      'Credential "Production Technician Certificate" is still referenced by module MFG-101, stacking into "AAS Manufacturing", ' +
        'articulation to MFG-201; remove those first',
    )
    const osha = (await api.get('/credentials?q=osha')).body.items[0]
    expect((await api.delete(`/credentials/${osha.id}`)).status).toBe(204)
    await api.delete(`/articulations/${articulation.body.id}`)
    await api.patch(`/credentials/${cert.id}`, { stacksIntoIds: [] })
    const mfg101 = (await api.get('/modules?q=MFG-101')).body.items[0]
    await api.patch(`/modules/${mfg101.id}`, { version: mfg101.version, credentialIds: [] })
    expect((await api.delete(`/credentials/${cert.id}`)).status).toBe(204)
    expect((await api.get(`/credentials/${cert.id}`)).status).toBe(404)
  })
})
