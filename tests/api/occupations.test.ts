import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadLaborReference } from '../../server/services/labor/load-reference'
import { createTestAccounts } from '../support/accounts'
import type { ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('occupations API on %s', (dialect) => {
  let test: TestDb
  let anonymous: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    anonymous = (await createTestAccounts(test.db)).as.anonymous
  })
  afterAll(() => test.destroy())

  it('ships the SOC 2018 occupations, OEWS wages and projections, loaded once per version of the files', async () => {
    const count = async (table: 'occupations' | 'occupation_wages' | 'occupation_projections') =>
      Number((await test.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n)
    expect(await count('occupations')).toBe(867)
    expect(await count('occupation_projections')).toBe(820)
    const wages = await count('occupation_wages')
    expect(wages).toBeGreaterThan(1600)
    expect(await loadLaborReference(test.db)).toBe(false)
    // A changed version (a new release of the files) loads again, replacing the national rows rather than adding to them.
    await test.db.updateTable('reference_data').set({ version: 'older' }).execute()
    expect(await loadLaborReference(test.db)).toBe(true)
    expect(await count('occupation_wages')).toBe(wages)
  })

  it('searches by code prefix or title words, anonymously', async () => {
    const byWords = await anonymous.get('/occupations?q=machinists')
    expect(byWords.status).toBe(200)
    expect(byWords.body.items[0]).toEqual({ socCode: '51-4041', title: 'Machinists', majorGroup: '51-0000', majorTitle: 'Production Occupations' })
    const byCode = await anonymous.get('/occupations?q=51-916')
    expect(byCode.body.items.map((o: { socCode: string }) => o.socCode).sort()).toEqual(['51-9161', '51-9162'])
    const twoWords = await anonymous.get('/occupations?q=numerically%20operators')
    expect(twoWords.body.items.map((o: { title: string }) => o.title)).toEqual(['Computer Numerically Controlled Tool Operators'])
  })

  it('answers one occupation with its definition, wages in words, percentiles and projections', async () => {
    const answer = await anonymous.get('/occupations/51-4041')
    expect(answer.status).toBe(200)
    expect(answer.body.definition).toMatch(/^Set up and operate a variety of machine tools/)
    const [newest] = answer.body.wages
    expect(newest).toMatchObject({
      kind: 'national', period: 'May 2025', region: 'United States', sourceWords: 'BLS OEWS, national, May 2025',
      hourlyMedian: 28.24, annualMedian: 58750, hourlyP25: 22.87, hourlyP75: 32.55, annualP25: 47570, annualP75: 67700,
    })
    expect(answer.body.projections).toEqual([
      expect.objectContaining({ period: '2024–34', baseEmployment: 299500, projectedEmployment: 299600, changePercent: 0, annualOpenings: 29500 }),
    ])
  })

  it('keeps figures BLS does not publish as null, never 0', async () => {
    const annualOnly = await anonymous.get('/occupations/11-9032')
    expect(annualOnly.body.wages[0]).toMatchObject({ period: 'May 2025', hourlyMedian: null, annualMedian: 105870, notes: 'annual_only' })
    const topCoded = (await anonymous.get('/occupations/11-1011')).body.wages.find((w: { period: string }) => w.period === 'May 2024')
    expect(topCoded).toMatchObject({ annualP75: null, hourlyP75: null, annualMedian: 206420 })
    // Covered only by the OEWS aggregate 13-1020: an occupation without wage rows of its own.
    const aggregated = await anonymous.get('/occupations/13-1021')
    expect(aggregated.status).toBe(200)
    expect(aggregated.body.wages).toEqual([])
  })

  it('answers 404 for a code that names no occupation and 400 for one that is not a code', async () => {
    expect((await anonymous.get('/occupations/51-4011')).status).toBe(404)
    const malformed = await anonymous.get('/occupations/machinist')
    expect(malformed.status).toBe(400)
    expect(malformed.body.error.message).toMatch(/soc/)
  })
})
