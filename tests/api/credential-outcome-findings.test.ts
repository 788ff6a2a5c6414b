// Findings from a credential's learner outcomes (issue 18): a credential earned by few of those who attempt it
// (low_completion) and a group that earns it well below the others (equity_gap), found once its term is entered
// (a trigger on credential_outcome_counts moves the pathway's data version) and gone once it is removed; read
// only as published outside the data's organisation. The pathway's outcomes serve the instance's gap settings,
// which the road map's picture tells gaps by.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataVersion } from '../../server/services/analysis-cache/version'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeModule, makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

type Finding = { kind: string; message: string; nextStep: string; refs: { moduleIds?: number[]; credentialIds?: number[] } }

describe.each(testDialects)('findings from credential outcome data on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let pathwayId: number
  let slug: string
  let cert: { id: number; title: string }
  let weld: number

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    cert = await makeCredential(test.db, { title: 'Welding Card' })
    weld = (await makeModule(test.db, { code: 'WLD-101', credentialIds: [cert.id] })).id
    await approveModule(accounts.as.faculty, accounts.as.admin, weld)
    const pathway = await makePathway(test.db, { modules: [{ moduleId: weld, stage: 1 }] })
    ;[pathwayId, slug] = [pathway.id, pathway.slug]
  })
  afterAll(() => test?.destroy())

  const outcomeFindings = async () => {
    const answer = await accounts.as.admin.get(`/pathways/${slug}/findings?kind=low_completion&kind=equity_gap`)
    expect(answer.status).toBe(200)
    return answer.body.findings as Finding[]
  }

  it("finds a credential's low earning rate and a group's gap once a term is entered, and none once it is removed", async () => {
    expect(await outcomeFindings()).toEqual([])
    const before = await dataVersion(test.db, pathwayId)
    const put = await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2024-fall`, {
      rows: [
        { enrolled: 100, completed: 90, credentialEarned: 45 },
        { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 40, completed: 35, credentialEarned: 10 },
        { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 60, completed: 55, credentialEarned: 35 },
      ],
    })
    expect(put.status).toBe(200)
    expect((await dataVersion(test.db, pathwayId)).input).not.toBe(before.input)

    const found = await outcomeFindings()
    expect(found.map((f) => f.kind).sort()).toEqual(['equity_gap', 'low_completion'])
    const low = found.find((f) => f.kind === 'low_completion')!
    expect(low.refs).toEqual({ credentialIds: [cert.id], moduleIds: [weld] })
    expect(low.message).toBe('45% of the 100 learners who attempted “Welding Card” earned it, under the 50% expected.')
    expect(low.nextStep).toContain('Look at how learners prepare for “Welding Card” in WLD-101')
    const gap = found.find((f) => f.kind === 'equity_gap')!
    expect(gap.refs).toEqual({ credentialIds: [cert.id], moduleIds: [weld] })
    // Only the credential rate is compared for a credential: completion (88% vs 92%) is no gap of it.
    expect(gap.message).toBe('In “Welding Card”: English learners earn “Welding Card” at 25% vs 58% for other learners (33 points), more than the 15 points set as a gap.')

    expect((await accounts.as.faculty.delete(`/credentials/${cert.id}/outcomes/2024-fall`)).status).toBe(204)
    expect(await outcomeFindings()).toEqual([])
  })

  it('finds nothing that rests on a hidden count', async () => {
    // 8 English learners of 25 earned it (32% vs 67%): 8 is under the threshold of 10, hidden outside the
    // college, so the gap is found for nobody.
    const put = await accounts.as.faculty.put(`/credentials/${cert.id}/outcomes/2025-spring`, {
      rows: [
        { enrolled: 100, completed: 90, credentialEarned: 58 },
        { subgroupDimension: 'English learner', subgroupValue: 'yes', enrolled: 25, completed: 20, credentialEarned: 8 },
        { subgroupDimension: 'English learner', subgroupValue: 'no', enrolled: 75, completed: 70, credentialEarned: 50 },
      ],
    })
    expect(put.status).toBe(200)
    expect(await outcomeFindings()).toEqual([])
    expect((await accounts.as.faculty.get(`/pathways/${slug}/findings?kind=equity_gap`)).body.findings).toEqual([])
    expect((await accounts.as.faculty.delete(`/credentials/${cert.id}/outcomes/2025-spring`)).status).toBe(204)
  })

  it("serves the instance's gap settings with a pathway's outcomes", async () => {
    expect((await accounts.as.viewer.get(`/pathways/${slug}/outcomes`)).body.gaps).toEqual({ points: 15, minLearners: 20 })
    const configured = apiClient(test.db, { config: { outcomeFindings: { leakyShare: 0.5, lowCompletion: 0.5, equityGapPoints: 8, minLearners: 30 } } })
    const answer = await configured.get(`/pathways/${slug}/outcomes`)
    expect(answer.status).toBe(200)
    expect(answer.body.gaps).toEqual({ points: 8, minLearners: 30 })
  })
})
