// The demo's synthetic learner outcomes: three years of terms for every module, said to be synthetic, with small
// cells hidden from outsiders, and planted so that the outcome findings' default rules find exactly one leaky
// transition (stage 2 to 3) and one equity gap (English learners earning MFG 110's credential) and no module
// completing under half, all from the tables as an outsider reads them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import { subgroupGaps } from '../../shared/domain/outcomes/gaps'
import { allLearnersRow, stageFlows } from '../../shared/domain/outcomes/stages'
import { ALL_TERMS } from '../../shared/domain/outcomes/table'
import type { PathwayOutcomes } from '../../shared/schemas/outcomes'
import { seedDemo, type DemoSeed } from '../../server/services/seed/index'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

// The outcome findings' defaults (issue 18): leaky under half continuing, low completion under half, a gap of
// more than 15 points with at least 20 learners on both sides.
const LEAKY_SHARE = 0.5
const LOW_COMPLETION = 0.5
const GAP = { minLearners: 20, minPoints: 15 }

describe.each(testDialects)('the demo learner outcomes on %s', (dialect) => {
  let test: TestDb
  let seed: DemoSeed
  let outsider: PathwayOutcomes
  beforeAll(async () => {
    test = await createTestDb(dialect)
    seed = await seedDemo(test.db)
    outsider = (await apiClient(test.db).get<PathwayOutcomes>(`/pathways/${demo.pathway.slug}/outcomes`)).body
  })
  afterAll(() => test.destroy())

  it('reports six terms of every demo module, from a source that says the data are synthetic', async () => {
    expect(outsider.terms).toEqual(['2023-fall', '2024-spring', '2024-fall', '2025-spring', '2025-fall', '2026-spring'])
    expect(outsider.sources).toEqual(['Synthetic demo data'])
    expect(outsider.modules.map((m) => m.code).sort()).toEqual(demo.modules.map((m) => m.code).sort())
    for (const module of outsider.modules) {
      expect(module.whole).toBe(false)
      expect(module.sources).toEqual(['Synthetic demo data'])
      expect(new Set(module.rows.map((row) => row.term)).size).toBe(7)
      expect(module.rows.some((row) => row.subgroupDimension === 'English learner')).toBe(true)
    }
    const stored = await test.db.selectFrom('outcome_counts').select(['source', (eb) => eb.fn.countAll<string | number>().as('n')]).groupBy('source').execute()
    expect(stored.map((row) => [row.source, Number(row.n)])).toEqual([['Synthetic demo data', seed.outcomeRows]])
  })

  it('hides small subgroup cells from outsiders but shows every module’s all-terms totals', () => {
    const rows = outsider.modules.flatMap((m) => m.rows)
    const hidden = rows.filter((row) => row.subgroupDimension !== '' && row.suppressed.includes('enrolled'))
    expect(hidden.length).toBeGreaterThan(20)
    for (const module of outsider.modules) {
      const total = allLearnersRow(module.rows, ALL_TERMS)!
      expect(total.suppressed.filter((figure) => figure !== 'credentialEarned' && figure !== 'credentialRate'), module.code).toEqual([])
    }
  })

  it('plants one leaky transition, one equity gap and no low completion for the outcome findings', () => {
    const stageOf = new Map(demo.pathway.stages.flatMap(({ stage, modules }) => modules.map((m) => [m.module, stage] as const)))
    const tables = outsider.modules.map((m) => ({ moduleId: m.moduleId, stage: stageOf.get(m.code)!, rows: m.rows }))
    const { transitions } = stageFlows(tables, ALL_TERMS)
    expect(transitions.map((t) => [t.fromStage, t.toStage, t.partial])).toEqual([[1, 2, false], [2, 3, false], [3, 4, false], [4, 5, false]])
    expect(transitions.filter((t) => t.share! < LEAKY_SHARE).map((t) => t.fromStage)).toEqual([2])

    const low = outsider.modules.filter((m) => allLearnersRow(m.rows, ALL_TERMS)!.completionRate! < LOW_COMPLETION)
    expect(low).toEqual([])

    const gaps = outsider.modules.flatMap((m) => subgroupGaps(m.rows, ALL_TERMS, GAP).map((gap) => ({ code: m.code, ...gap })))
    expect(gaps).toEqual([expect.objectContaining({ code: 'MFG 110', dimension: 'English learner', value: 'yes', measure: 'credential' })])
  })
})
