// Findings from learner outcome data (issue 18 item 4) through the API: an outcome PUT moves the pathway's data
// version (a trigger on outcome_counts), so the stored analysis is computed again and shows leaky_transition,
// low_completion and equity_gap; a DELETE takes them away again. The findings read only the tables as they are
// published outside the data's organisation, so a gap that rests on a hidden count is found for nobody.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataVersion } from '../../server/services/analysis-cache/version'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

type Finding = { kind: string; message: string; nextStep: string; refs: { moduleIds?: number[]; stages?: number[] } }

describe.each(testDialects)('findings from outcome data on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let pathwayId: number
  const slug = 'outcome-ladder'
  const id = { weld: 0, cut: 0 }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    id.weld = (await makeModule(test.db, { code: 'WLD-101' })).id
    id.cut = (await makeModule(test.db, { code: 'CUT-201' })).id
    for (const m of [id.weld, id.cut]) await approveModule(accounts.as.faculty, accounts.as.admin, m)
    pathwayId = (await makePathway(test.db, { slug, modules: [{ moduleId: id.weld, stage: 1 }, { moduleId: id.cut, stage: 2 }] })).id
  })
  afterAll(() => test?.destroy())

  const outcomeFindings = async () => {
    const answer = await accounts.as.admin.get(`/pathways/${slug}/findings?kind=leaky_transition&kind=low_completion&kind=equity_gap`)
    expect(answer.status).toBe(200)
    return answer.body.findings as Finding[]
  }

  it('finds a leaky transition, low completion and an equity gap once a term is entered, and none once it is removed', async () => {
    expect(await outcomeFindings()).toEqual([])
    const before = await dataVersion(test.db, pathwayId)
    const put = await accounts.as.faculty.put(`/modules/${id.weld}/outcomes/2024-fall`, {
      rows: [
        { enrolled: 100, completed: 45, credentialEarned: 40, continued: 12 },
        { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 40, completed: 10, credentialEarned: 10, continued: 0 },
        { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 60, completed: 35, credentialEarned: 30, continued: 12 },
      ],
    })
    expect(put.status).toBe(200)
    expect((await dataVersion(test.db, pathwayId)).input).not.toBe(before.input)

    const found = await outcomeFindings()
    expect(found.map((f) => f.kind).sort()).toEqual(['equity_gap', 'leaky_transition', 'low_completion'])
    const leaky = found.find((f) => f.kind === 'leaky_transition')!
    expect(leaky.refs).toEqual({ moduleIds: [id.cut], stages: [1, 2] })
    expect(leaky.message).toContain('Of the 45 learners who completed stage 1')
    expect(leaky.message).toContain('12 (27%) continued to stage 2')
    expect(found.find((f) => f.kind === 'low_completion')!.message).toContain('45% of the 100 learners enrolled in WLD-101')
    expect(found.find((f) => f.kind === 'equity_gap')!.message).toContain('English learners complete WLD-101 at 25% vs 58% for other learners')
    // Filterable by kind like the design findings.
    const onlyGaps = (await accounts.as.admin.get(`/pathways/${slug}/findings?kind=equity_gap`)).body
    expect(onlyGaps.findings.map((f: Finding) => f.kind)).toEqual(['equity_gap'])
    expect(onlyGaps.counts.byKind.equity_gap).toBe(1)

    expect((await accounts.as.faculty.delete(`/modules/${id.weld}/outcomes/2024-fall`)).status).toBe(204)
    expect(await outcomeFindings()).toEqual([])
  })

  it('finds nothing that rests on a hidden count, even for the data\'s own organisation', async () => {
    // 8 English learners of 25 completed (32% vs 67%): 8 is under the threshold of 10, so hidden outside the
    // college, and the gap is found for nobody; the 60% completion and 50 continuers raise nothing either.
    const put = await accounts.as.faculty.put(`/modules/${id.weld}/outcomes/2025-spring`, {
      rows: [
        { enrolled: 100, completed: 58, credentialEarned: 58, continued: 50 },
        { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 25, completed: 8, credentialEarned: 8, continued: 8 },
        { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 75, completed: 50, credentialEarned: 50, continued: 42 },
      ],
    })
    expect(put.status).toBe(200)
    expect(await outcomeFindings()).toEqual([])
    const own = (await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=equity_gap`)).body
    expect(own.findings).toEqual([])
    expect((await accounts.as.faculty.delete(`/modules/${id.weld}/outcomes/2025-spring`)).status).toBe(204)
  })
})
