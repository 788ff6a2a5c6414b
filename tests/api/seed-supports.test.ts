// The demo's supports, funding, weeks and costs (fixtures/demo/supports.ts): a new user sees them on first start.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../server/services/seed/index'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Map = {
  stages: { modules: { code: string; durationWeeks: number | null; costToStudent: number | null; delivery: string[] }[] }[]
  supports: { kind: string; stage: number | null; organisationName: string | null }[]
  moduleSupports: { kind: string; moduleId: number; organisationName: string | null }[]
  funding: { moduleId: number; source: string }[]
  credentials: { title: string; routes: { entryId: number; weeks: number | null; cost: number | null; moduleIds: number[] }[] }[]
}

describe.each(testDialects)('the demo’s supports, funding, time and cost on %s', (dialect) => {
  let test: TestDb
  let map: Map
  const idOf = (code: string) => map.stages.flatMap((s) => s.modules).find((m) => m.code === code) as unknown as { id: number }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    await seedDemo(test.db)
    map = (await apiClient(test.db).get('/pathways/advanced-manufacturing')).body
  })
  afterAll(() => test.destroy())

  it('gives every module its weeks, cost and at least one funding source', () => {
    const modules = map.stages.flatMap((s) => s.modules)
    expect(modules).toHaveLength(15)
    expect(modules.filter((m) => m.durationWeeks === null || m.costToStudent === null)).toEqual([])
    const funded = new Set(map.funding.map((f) => f.moduleId))
    expect(modules.filter((m) => !funded.has(idOf(m.code).id)).map((m) => m.code)).toEqual([])
  })

  it('gives every module outside the high-school day its schedule options', () => {
    const modules = map.stages.flatMap((s) => s.modules)
    expect(modules.filter((m) => !m.delivery.length).map((m) => m.code).sort()).toEqual(['CTE 1100', 'CTE 2100'])
    expect(modules.find((m) => m.code === 'APP 201')?.delivery).toEqual(['workplace', 'evening'])
  })

  it('shows the partners’ supports on the pathway, its stages and a module', () => {
    expect(map.supports.map((s) => [s.kind, s.stage, s.organisationName])).toEqual([
      ['career_counselling', null, 'Lakeshore Workforce Development Board'],
      ['case_management', 1, 'Harbor County Adult Education Consortium'],
      ['child_care', 1, 'Harbor County Adult Education Consortium'],
      ['transportation', 2, 'Lakeshore Workforce Development Board'],
      ['financial_aid', 2, 'Lakeshore Community College'],
      ['job_placement', 5, 'Brightline Precision Components'],
    ])
    expect(map.moduleSupports.map((s) => [s.kind, s.moduleId, s.organisationName])).toEqual([['tutoring', idOf('MFG 105').id, 'Lakeshore Community College']])
    expect(map.funding.filter((f) => f.source === 'wioa_title_1').length).toBeGreaterThan(0)
    expect(map.funding.filter((f) => f.source === 'employer_tuition').length).toBeGreaterThan(0)
  })

  it('gives the time and cost to the Production Technician Certificate from both entry points', () => {
    const ptc = map.credentials.find((c) => c.title === 'Production Technician Certificate')!
    const from = (code: string) => ptc.routes.find((r) => r.entryId === idOf(code).id)
    // IET 101 (8 weeks, $150) then WFD 120 (6 weeks, $1,200).
    expect(from('IET 101')).toMatchObject({ weeks: 14, cost: 1350, moduleIds: [idOf('IET 101').id, idOf('WFD 120').id] })
    // The bridge's Readiness Badge stacks into the certificate: ABE 095 (8 weeks, free) comes first.
    expect(from('ABE 095')).toMatchObject({ weeks: 22, cost: 1350 })
  })
})
