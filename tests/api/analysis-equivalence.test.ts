// Coverage through equivalent items over the API: a faculty member links two standards' items as equivalent
// and the pathway's uncovered finding about one of them goes (the stored analysis is computed again, since
// the link moves the data version); removing the link brings it back. A never_mastered finding that rests on
// an equivalent says so.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway } from '../support/factories'

type Finding = { kind: string; message: string; refs: { competencyIds?: number[] } }

describe.each(testDialects)('coverage through equivalent items on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  const id: Record<string, number> = {}
  const slug = 'two-standards'

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const am = await makeFramework(test.db, { title: 'AM standard', codes: ['AM-QM-4', 'AM-QM-5'] })
    const nims = await makeFramework(test.db, { title: 'NIMS', codes: ['NIMS-MMS-4', 'NIMS-MMS-5'] })
    const [am4, am5] = am.competencies
    const [nims4, nims5] = nims.competencies
    Object.assign(id, { am4: am4!.id, am5: am5!.id, nims4: nims4!.id, nims5: nims5!.id })
    const module = await makeModule(test.db, {
      code: 'MT-110',
      status: 'approved',
      alignments: [
        { competencyId: id.am4!, depth: 'M' },
        { competencyId: id.am5!, depth: 'R' },
        { competencyId: id.nims5!, depth: 'I' },
      ],
    })
    await makePathway(test.db, { slug, frameworkIds: [am.framework.id, nims.framework.id], modules: [{ moduleId: module.id, stage: 1, position: 0 }] })
  })
  afterAll(() => test.destroy())

  const findings = async (kind: string): Promise<Finding[]> => {
    const answer = await accounts.as.faculty.get(`/pathways/${slug}/findings`)
    expect(answer.status).toBe(200)
    return (answer.body.findings as Finding[]).filter((f) => f.kind === kind)
  }
  const link = async (fromId: number, toId: number) => {
    const answer = await accounts.as.faculty.post('/competency-links', { fromId, toId, relation: 'equivalent' })
    expect(answer.status).toBe(201)
    return answer.body.id as number
  }

  it('drops the uncovered finding once an equivalent item is aligned, and brings it back when the link goes', async () => {
    expect((await findings('uncovered')).map((f) => f.refs.competencyIds)).toEqual([[id.nims4]])
    const linkId = await link(id.nims4!, id.am4!)
    expect(await findings('uncovered')).toEqual([])
    expect((await accounts.as.faculty.delete(`/competency-links/${linkId}`)).status).toBe(204)
    expect((await findings('uncovered')).map((f) => f.refs.competencyIds)).toEqual([[id.nims4]])
  })

  it('says which equivalence a never_mastered finding rests on', async () => {
    await link(id.am5!, id.nims5!)
    const about = (await findings('never_mastered')).find((f) => f.refs.competencyIds?.[0] === id.nims5)
    expect(about?.refs.competencyIds).toEqual([id.nims5, id.am5])
    expect(about?.message).toContain('(covered via AM-QM-5 ≡ NIMS-MMS-5)')
  })
})
