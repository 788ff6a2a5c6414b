import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDown, migrateToLatest } from '../../server/db/migrate'
import { createTestAccounts, TEST_PASSWORD } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Item = { id: number; code: string; frameworkTitle: string }
const codes = (body: { items: Item[] }) => body.items.map((c) => c.code)

describe.each(testDialects)('competency search on %s', (dialect) => {
  let test: TestDb
  let faculty: ApiClient
  let anonymous: ApiClient
  const ids: Record<string, number> = {}
  beforeAll(async () => {
    test = await createTestDb(dialect)
    const accounts = await createTestAccounts(test.db)
    faculty = accounts.as.faculty
    anonymous = accounts.as.anonymous
    // "A ..." sorts before "Z ...", so only the ranking puts Z's exact code first.
    const a = (await faculty.post('/frameworks', { title: 'A Quality Handbook', kind: 'occupational' })).body.id
    const z = (await faculty.post('/frameworks', { title: 'Z Advanced Manufacturing', kind: 'occupational' })).body.id
    const rows: [number, string, string][] = [
      [a, 'QH-1', 'Follow the AM-QM procedures for "first article" inspection'],
      [a, 'QH-2', 'Read (and sign) the 50% sampling plan; keep C:\\records*'],
      [z, 'AM-QM-01', 'Measure parts with a calibrated micrometer'],
      [z, 'AM-QM', 'Quality measurement'],
      [z, 'AM-SA-01', 'Wear eye protection in the shop'],
      [z, 'AM-QM-02', 'Record measurements on the control chart'],
    ]
    for (const [frameworkId, code, statement] of rows) {
      ids[code] = (await faculty.post('/competencies', { frameworkId, code, statement, kind: 'competency' })).body.id
    }
  })
  afterAll(() => test.destroy())

  it('puts the competency whose code is the query first, then codes that start with it, then the rest', async () => {
    const found = await anonymous.get('/competencies?q=am-qm')
    expect(found.status).toBe(200)
    expect(codes(found.body)).toEqual(['AM-QM', 'AM-QM-01', 'AM-QM-02', 'QH-1'])
    expect(found.body.total).toBe(4)
  })

  it('finds every word anywhere in code or statement, in any case and order, short words included', async () => {
    expect(codes((await anonymous.get('/competencies?q=MICROMETER%20calibrated')).body)).toEqual(['AM-QM-01'])
    expect(codes((await anonymous.get('/competencies?q=qm%2001')).body)).toEqual(['AM-QM-01'])
    expect(codes((await anonymous.get('/competencies?q=measure%20chart')).body)).toEqual(['AM-QM-02'])
    expect(codes((await anonymous.get('/competencies?q=eye%20weld')).body)).toEqual([])
    const inFramework = await anonymous.get(`/competencies?q=qm&frameworkId=${(await anonymous.get('/competencies?q=qh-1')).body.items[0].frameworkId}`)
    expect(codes(inFramework.body)).toEqual(['QH-1'])
  })

  it('takes search syntax characters literally and never fails on them', async () => {
    const odd = ['"', '""', '*', '-', '(', ')', '"first', 'AND', 'OR NOT', 'NEAR(a b)', 'a:b', '^x', '%', '_', '\\', "'", '{}', 'é', '🙂🙂🙂', '"*"-(']
    for (const q of odd) {
      const answer = await anonymous.get(`/competencies?q=${encodeURIComponent(q)}`)
      expect(answer.status, q).toBe(200)
    }
    expect(codes((await anonymous.get(`/competencies?q=${encodeURIComponent('"first article"')}`)).body)).toEqual(['QH-1'])
    expect(codes((await anonymous.get(`/competencies?q=${encodeURIComponent('(and 50%')}`)).body)).toEqual(['QH-2'])
    expect(codes((await anonymous.get(`/competencies?q=${encodeURIComponent('records*')}`)).body)).toEqual(['QH-2'])
    expect(codes((await anonymous.get(`/competencies?q=${encodeURIComponent('c:\\rec')}`)).body)).toEqual(['QH-2'])
    expect((await anonymous.get('/competencies?q=5_%25')).body.total).toBe(0)
  })

  it('keeps the index in step with edits and deletes', async () => {
    expect((await faculty.patch(`/competencies/${ids['AM-SA-01']}`, { statement: 'Wear hearing protection near presses' })).status).toBe(200)
    expect(codes((await anonymous.get('/competencies?q=eye%20protection')).body)).toEqual([])
    expect(codes((await anonymous.get('/competencies?q=hearing%20presses')).body)).toEqual(['AM-SA-01'])
    expect((await faculty.patch(`/competencies/${ids['AM-SA-01']}`, { code: 'AM-SAFE-01' })).status).toBe(200)
    expect(codes((await anonymous.get('/competencies?q=am-safe')).body)).toEqual(['AM-SAFE-01'])
    expect((await faculty.delete(`/competencies/${ids['AM-SA-01']}`)).status).toBe(204)
    expect(codes((await anonymous.get('/competencies?q=hearing')).body)).toEqual([])
  })

  it('pages through codes first and then the other matches without repeating or losing one', async () => {
    const all = codes((await anonymous.get('/competencies?q=qm&limit=50')).body)
    const paged: string[] = []
    for (let offset = 0; offset < all.length; offset += 2) paged.push(...codes((await anonymous.get(`/competencies?q=qm&limit=2&offset=${offset}`)).body))
    expect(paged).toEqual(all)
    expect(all.length).toBe(4)
  })

  it('counts a common word up to 1,000 matches and says the count stopped there', async () => {
    const framework = await test.db.selectFrom('frameworks').select('id').executeTakeFirstOrThrow()
    const stamp = '2026-01-01T00:00:00.000Z'
    const many = Array.from({ length: 1005 }, (_, i) => ({
      uuid: `0b9d6c1e-5a1f-4c1e-9d1e-${String(i).padStart(12, '0')}`, frameworkId: framework.id, parentId: null, code: `GSK-${i}`,
      statement: `Replace the gasket number ${i}`, kind: 'competency' as const, level: null, subject: null, position: 100 + i, createdAt: stamp, updatedAt: stamp,
    }))
    await test.db.insertInto('competencies').values(many).execute()
    const common = await anonymous.get('/competencies?q=gasket&limit=5')
    expect(common.body).toMatchObject({ total: 1000, totalCapped: true })
    expect(common.body.items).toHaveLength(5)
    expect((await anonymous.get('/competencies?q=gasket%20number%20100&limit=50')).body).toMatchObject({ total: 6, totalCapped: false })
    await test.db.deleteFrom('competencies').where('code', 'like', 'GSK-%').execute()
  })

  it('indexes the competencies that were there before the index was made', async () => {
    await migrateDown(test.db)
    const framework = await test.db.selectFrom('frameworks').select('id').executeTakeFirstOrThrow()
    await test.db
      .insertInto('competencies')
      .values({ uuid: 'f6f0c2d4-8a53-4f1e-9c1e-0f3a1f0a0001', frameworkId: framework.id, parentId: null, code: 'OLD-1', statement: 'Deburr the workpiece', kind: 'competency', level: null, subject: null, position: 9, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' })
      .execute()
    await migrateToLatest(test.db)
    expect(codes((await anonymous.get('/competencies?q=deburr')).body)).toEqual(['OLD-1'])
  })
})

describe.each(testDialects)('anonymous search rate limit on %s', (dialect) => {
  let test: TestDb
  let accounts: Awaited<ReturnType<typeof createTestAccounts>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  const limits = { searchLimits: { windowMs: 60_000, perAddress: 3 } }

  it('answers 429 with Retry-After once an address has searched its share, and spares other addresses and people signed in', async () => {
    const from = (peer: string) => apiClient(test.db, { config: limits, peer })
    const first = from('203.0.113.7')
    for (let i = 0; i < 3; i++) expect((await first.get(`/competencies?q=weld${i}`)).status).toBe(200)
    const refused = await first.get('/competencies?q=weld')
    expect(refused.status).toBe(429)
    expect(refused.body.error.code).toBe('too_many_requests')
    const retryAfter = Number(refused.headers.get('Retry-After'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    // Listing without words is browsing, not searching.
    expect((await first.get('/competencies?limit=5')).status).toBe(200)
    expect((await from('203.0.113.8').get('/competencies?q=weld')).status).toBe(200)
    const cookie = await signInCookie(test.db, accounts.users.viewer.email, TEST_PASSWORD)
    const signedIn = apiClient(test.db, { config: limits, peer: '203.0.113.7', cookie })
    for (let i = 0; i < 5; i++) expect((await signedIn.get(`/competencies?q=weld${i}`)).status).toBe(200)
  })
})
