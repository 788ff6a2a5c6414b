import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'

describe.each(testDialects)('module delivery formats on %s', (dialect) => {
  let test: TestDb
  let api: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    api = (await createTestAccounts(test.db)).as.faculty
  })
  afterAll(() => test.destroy())

  const base = { title: 'Blueprint Reading', level: 'adult', kind: 'occupational' }

  it('stores the formats given on create and answers [] when none were given', async () => {
    const created = await api.post('/modules', { ...base, code: 'DLV-1', delivery: ['evening', 'flexible_start'] })
    expect(created.status).toBe(201)
    expect(created.body.delivery).toEqual(['evening', 'flexible_start'])
    expect((await api.get(`/modules/${created.body.id}`)).body.delivery).toEqual(['evening', 'flexible_start'])

    const plain = await api.post('/modules', { ...base, code: 'DLV-2' })
    expect(plain.body.delivery).toEqual([])
    const seeded = await makeModule(test.db, { code: 'DLV-3' })
    expect((await api.get(`/modules/${seeded.id}`)).body.delivery).toEqual([])
  })

  it('replaces the formats on edit and keeps them when an edit leaves them out', async () => {
    const { body: m } = await api.post('/modules', { ...base, code: 'DLV-4', delivery: ['online'] })
    const edited = await api.patch(`/modules/${m.id}`, { version: m.version, delivery: ['weekend', 'workplace', 'hybrid'] })
    expect(edited.status).toBe(200)
    expect(edited.body.delivery).toEqual(['weekend', 'workplace', 'hybrid'])

    const retitled = await api.patch(`/modules/${m.id}`, { version: edited.body.version, title: 'Blueprints II' })
    expect(retitled.body).toMatchObject({ title: 'Blueprints II', delivery: ['weekend', 'workplace', 'hybrid'] })

    const cleared = await api.patch(`/modules/${m.id}`, { version: retitled.body.version, delivery: [] })
    expect(cleared.body.delivery).toEqual([])
  })

  it('refuses unknown and repeated formats with 422', async () => {
    const unknown = await api.post('/modules', { ...base, code: 'DLV-5', delivery: ['midnight'] })
    expect(unknown.status).toBe(422)
    const { body: m } = await api.post('/modules', { ...base, code: 'DLV-6' })
    const twice = await api.patch(`/modules/${m.id}`, { version: m.version, delivery: ['online', 'online'] })
    expect(twice.status).toBe(422)
    expect((await api.get(`/modules/${m.id}`)).body).toMatchObject({ version: m.version, delivery: [] })
  })
})
