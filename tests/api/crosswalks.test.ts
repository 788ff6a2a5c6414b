// Framework crosswalks: proposed pairs between two frameworks (sorted, without pairs already linked or rejected),
// the coverage of one by the other, and a reviewer's decisions in one transaction (a bad pair writes nothing),
// audited, accepted pairs exported in CASE as exactMatchOf / isRelatedTo.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CompetencyInput, FrameworkInput } from '../../shared/schemas/framework'
import { createCompetency } from '../../server/services/competencies/write'
import { createFramework } from '../../server/services/frameworks/write'
import type { Db } from '../../server/db/connect'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { unique } from '../support/factories'
import { expectRefusedUnchanged, MISSING } from './authorisation-support'

// A framework of items (code, statement) under one area, owned by `owner`.
async function standard(db: Db, owner: number, items: [string, string][]) {
  const framework = await createFramework(db, null, FrameworkInput.parse({ title: unique('Standard'), kind: 'occupational' }), { owner })
  const area = await createCompetency(db, null, CompetencyInput.parse({ frameworkId: framework.id, code: unique('AREA'), statement: 'Quality and production', kind: 'area' }))
  const ids: Record<string, number> = {}
  for (const [code, statement] of items) {
    ids[code] = (await createCompetency(db, null, CompetencyInput.parse({ frameworkId: framework.id, parentId: area.id, code, statement, kind: 'competency' }))).id
  }
  return { id: framework.id, ids }
}

const STATE = [
  ['ST-1', 'Measure machined parts with a micrometer to the nearest 0.001 inch.'],
  ['ST-2', 'Read engineering drawings and blueprints, including title blocks and tolerances.'],
  ['ST-3', 'Follow lockout and tagout procedures before servicing machines.'],
  ['ST-4', 'Operate a forklift under supervision.'],
] as [string, string][]
const CONSORTIUM = [
  ['EC-1', 'Use a micrometer to measure machined parts to the nearest 0.001 inch.'],
  ['EC-2', 'Interpret blueprints: title block, views and tolerances.'],
  ['EC-3', 'Apply lockout and tagout before servicing equipment.'],
  ['EC-4', 'Bake bread in a commercial oven.'],
] as [string, string][]

describe.each(testDialects)('framework crosswalks on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let from: Awaited<ReturnType<typeof standard>>
  let to: Awaited<ReturnType<typeof standard>>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    from = await standard(test.db, accounts.organisations.college, STATE)
    to = await standard(test.db, accounts.organisations.other, CONSORTIUM)
  })
  afterAll(() => test.destroy())

  const crosswalk = () => accounts.as.faculty.get(`/crosswalks?from=${from.id}&to=${to.id}`)
  const decide = (body: object) => accounts.as.faculty.post('/crosswalks/decisions', { from: from.id, to: to.id, ...body })
  const pairsOf = (body: { proposals: { from: { code: string }; to: { code: string }; relation: string }[] }) =>
    body.proposals.map((p) => `${p.from.code} ${p.relation} ${p.to.code}`)

  it('proposes pairs by score with the words they share, and lists the items with no counterpart', async () => {
    const answer = await crosswalk()
    expect(answer.status, JSON.stringify(answer.body)).toBe(200)
    const { proposals, coverage } = answer.body
    expect(proposals.map((p: { score: number }) => p.score)).toEqual([...proposals.map((p: { score: number }) => p.score)].sort((a, b) => b - a))
    expect(pairsOf(answer.body)).toEqual(expect.arrayContaining(['ST-1 equivalent EC-1', 'ST-3 related EC-3']))
    expect(pairsOf(answer.body).some((p) => p.includes('ST-2') && p.endsWith('EC-2'))).toBe(true)
    expect(pairsOf(answer.body).some((p) => p.includes('EC-4'))).toBe(false)
    expect(proposals[0]).toMatchObject({ from: { code: 'ST-1' }, to: { code: 'EC-1' }, matched: expect.arrayContaining(['micrometer']) })
    expect(coverage).toMatchObject({ total: 4, covered: 0 })
    expect(answer.body.mayDecide).toBe(true)
    expect((await accounts.as.employer.get(`/crosswalks?from=${from.id}&to=${to.id}`)).body.mayDecide).toBe(false)
  })

  it('accepts and rejects a batch in one go: links made and audited, rejections kept, neither proposed again', async () => {
    const done = await decide({
      accept: [{ fromId: from.ids['ST-1'], toId: to.ids['EC-1'], relation: 'equivalent' }, { fromId: from.ids['ST-2'], toId: to.ids['EC-2'], relation: 'related' }],
      reject: [{ fromId: from.ids['ST-3'], toId: to.ids['EC-3'] }],
    })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toMatchObject({ accepted: 2, alreadyLinked: 0, rejected: 1, alreadyRejected: 0 })
    const links = await accounts.as.faculty.get(`/competency-links?competencyId=${from.ids['ST-1']}`)
    expect(links.body.items).toEqual([expect.objectContaining({ fromCode: 'ST-1', toCode: 'EC-1', relation: 'equivalent' })])

    const trail = await accounts.as.admin.get('/audit?table=crosswalk_rejections')
    expect(trail.body.items.map((e: { summary: string }) => e.summary)).toEqual(['Rejected crosswalk pair ST-3 – EC-3'])
    const linkTrail = await accounts.as.admin.get(`/audit?table=competency_links&rowId=${links.body.items[0].id}`)
    expect(linkTrail.body.items[0]).toMatchObject({ action: 'create', userId: accounts.users.faculty.id, summary: 'Linked ST-1 equivalent EC-1' })

    const after = await crosswalk()
    expect(pairsOf(after.body).filter((p) => /ST-1 .* EC-1|ST-2 .* EC-2|ST-3 .* EC-3/.test(p))).toEqual([])
    expect(after.body.coverage).toMatchObject({ total: 4, covered: 2, uncovered: [{ code: 'ST-3' }, { code: 'ST-4' }] })
    // Seen the other way, the rejection and the links hold too.
    const reverse = await accounts.as.faculty.get(`/crosswalks?from=${to.id}&to=${from.id}`)
    expect(pairsOf(reverse.body).filter((p) => /EC-1 .* ST-1|EC-3 .* ST-3/.test(p))).toEqual([])
    expect(reverse.body.coverage.covered).toBe(2)

    // Deciding again changes nothing; accepting a rejected pair forgets the rejection.
    const again = await decide({ accept: [{ fromId: from.ids['ST-1'], toId: to.ids['EC-1'], relation: 'equivalent' }], reject: [{ fromId: from.ids['ST-3'], toId: to.ids['EC-3'] }] })
    expect(again.body).toMatchObject({ accepted: 0, alreadyLinked: 1, rejected: 0, alreadyRejected: 1 })
    const changed = await decide({ accept: [{ fromId: from.ids['ST-3'], toId: to.ids['EC-3'], relation: 'related' }] })
    expect(changed.body.accepted).toBe(1)
    expect(await test.db.selectFrom('crosswalk_rejections').selectAll().execute()).toEqual([])
  })

  it('exports accepted pairs in CASE as exactMatchOf and isRelatedTo', async () => {
    const answer = await accounts.as.faculty.get(`/exports/frameworks/${from.id}/case`)
    expect(answer.status).toBe(200)
    type Association = { associationType: string; originNodeURI: { title: string }; destinationNodeURI: { title: string } }
    const types = (answer.body.CFAssociations as Association[])
      .filter((a) => a.associationType !== 'isChildOf')
      .map((a) => `${a.originNodeURI.title} ${a.associationType} ${a.destinationNodeURI.title}`)
      .sort()
    expect(types).toEqual(['ST-1 exactMatchOf EC-1', 'ST-2 isRelatedTo EC-2', 'ST-3 isRelatedTo EC-3'])
  })

  it('refuses a batch with one bad pair whole, naming the field; and missing, equal or foreign frameworks', async () => {
    const bad = await expectRefusedUnchanged(test.db, 'a pair outside the frameworks', () =>
      decide({
        accept: [{ fromId: from.ids['ST-4'], toId: to.ids['EC-4'], relation: 'related' }, { fromId: from.ids['ST-4'], toId: from.ids['ST-1'], relation: 'related' }],
        reject: [{ fromId: from.ids['ST-2'], toId: to.ids['EC-4'] }],
      }),
    )
    expect(bad.status).toBe(422)
    expect(bad.body.error.details).toEqual({ field: 'accept.1.toId' })
    const twice = await expectRefusedUnchanged(test.db, 'a pair decided twice', () =>
      decide({ accept: [{ fromId: from.ids['ST-4'], toId: to.ids['EC-4'], relation: 'related' }], reject: [{ fromId: from.ids['ST-4'], toId: to.ids['EC-4'] }] }),
    )
    expect(twice.body.error.details).toEqual({ field: 'reject.0' })
    const missing = await expectRefusedUnchanged(test.db, 'a missing framework', () =>
      accounts.as.faculty.post('/crosswalks/decisions', { from: MISSING, to: to.id, reject: [{ fromId: from.ids['ST-4'], toId: to.ids['EC-4'] }] }),
    )
    expect(missing.status).toBe(404)
    expect((await accounts.as.faculty.get(`/crosswalks?from=${from.id}&to=${MISSING}`)).status).toBe(404)
    expect((await accounts.as.faculty.get(`/crosswalks?from=${from.id}&to=${from.id}`)).status).toBe(422)

    const theirs = await standard(test.db, accounts.organisations.other, [['HV-1', 'Measure parts with a micrometer.']])
    const foreign = await expectRefusedUnchanged(test.db, 'two frameworks of another organisation', () =>
      accounts.as.faculty.post('/crosswalks/decisions', { from: theirs.id, to: to.id, reject: [{ fromId: theirs.ids['HV-1'], toId: to.ids['EC-1'] }] }),
    )
    expect(foreign.status).toBe(403)
    expect((await accounts.as.abe_instructor.post('/crosswalks/decisions', { from: from.id, to: to.id, reject: [{ fromId: from.ids['ST-4'], toId: to.ids['EC-4'] }] })).status).toBe(403)
  })
})
