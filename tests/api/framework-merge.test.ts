// Merging frameworks and competencies: references on both sides move or collapse, the preview tells exactly what
// the commit then does and writes nothing, and a framework the person may not write is refused with nothing written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CompetencyInput } from '../../shared/schemas/framework'
import type { Db } from '../../server/db/connect'
import { createCompetency } from '../../server/services/competencies/write'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeFramework, makeModule, makePathway, unique } from '../support/factories'
import { expectRefusedUnchanged, MISSING, snapshot } from './authorisation-support'

const add = (db: Db, frameworkId: number, code: string, statement: string, parentId?: number) =>
  createCompetency(db, null, CompetencyInput.parse({ frameworkId, parentId, code, statement, kind: 'competency' }))

// Two ratings by one employer (of the target's item and of the source's) and one by another (of the source's only).
async function rate(db: Db, pathwayId: number, ratings: [number, number][]) {
  const stamp = new Date().toISOString()
  const campaign = await db.insertInto('validation_campaigns')
    .values({ pathwayId, title: 'Review', closesOn: '2099-12-31', status: 'open', scope: 'all', createdBy: null, closedAt: null, minRespondents: 1, reopenedAt: null, createdAt: stamp, updatedAt: stamp }).returning('id').executeTakeFirstOrThrow()
  const invites = new Map<number, number>()
  for (const [invite, competencyId] of ratings) {
    if (!invites.has(invite)) {
      const row = await db.insertInto('validation_invites')
        .values({ campaignId: campaign.id, employerName: `E${invite}`, company: 'Co', email: `e${invite}@example.com`, tokenHash: unique('hash'), userId: null, revokedAt: null, submittedAt: null, delivery: 'not_sent', deliveryError: null, deliveredAt: null, remindedAt: null, createdAt: stamp })
        .returning('id').executeTakeFirstOrThrow()
      invites.set(invite, row.id)
    }
    await db.insertInto('validation_ratings').values({ inviteId: invites.get(invite)!, competencyId, rating: 'essential', updatedAt: stamp }).execute()
  }
}

describe.each(testDialects)('merging frameworks and competencies on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  async function twoFrameworks() {
    const db = test.db
    const a = (await makeFramework(db, { title: unique('Machining'), codes: [] })).framework
    const b = (await makeFramework(db, { title: unique('Machining copy'), codes: [] })).framework
    const skills = (await makeFramework(db, { title: unique('Skills'), codes: [] })).framework
    const skill = await add(db, skills.id, unique('M'), 'Decimals')
    const a1 = await add(db, a.id, 'X-1', 'Read blueprints')
    const a2 = await add(db, a.id, 'X-2', 'Measure parts')
    const b1 = await add(db, b.id, 'x-1', '  Read   blueprints ')
    const b2 = await add(db, b.id, 'X-2', 'Measure parts to 0.001 in')
    const b3 = await add(db, b.id, 'X-3', 'Deburr', b1.id)
    return { a, b, skill, a1, a2, b1, b2, b3 }
  }

  it('moves every reference, collapses duplicates, and previews exactly what the commit does', async () => {
    const db = test.db
    const { a, b, skill, a1, a2, b1, b2, b3 } = await twoFrameworks()
    const both = await makeModule(db, { alignments: [{ competencyId: a1.id, depth: 'I' }, { competencyId: b1.id, depth: 'M', assessed: true }] })
    const onlyB = await makeModule(db, { alignments: [{ competencyId: b1.id, depth: 'R' }] })
    const hidden = await makeModule(db, { alignments: [{ competencyId: b1.id, depth: 'I' }] }, { owner: accounts.organisations.other })
    await db.insertInto('competency_links').values([
      { fromId: b1.id, toId: a1.id, relation: 'equivalent' },
      { fromId: a1.id, toId: skill.id, relation: 'requires' },
      { fromId: b1.id, toId: skill.id, relation: 'requires' },
      { fromId: b3.id, toId: skill.id, relation: 'requires' },
    ]).execute()
    const held = await makePathway(db, { frameworkIds: [a.id, b.id] })
    const heldB = await makePathway(db, { frameworkIds: [b.id] })
    await rate(db, held.id, [[1, a1.id], [1, b1.id], [2, b1.id]])
    expect((await accounts.as.viewer.post('/comments', { kind: 'competency', id: b1.id, body: 'Is this the same as X-1?' })).status).toBe(201)

    const api = accounts.as.faculty
    const before = await snapshot(db)
    const preview = await api.post(`/frameworks/${a.id}/merge/preview`, { sourceId: b.id })
    expect(preview.status, JSON.stringify(preview.body)).toBe(200)
    expect(await snapshot(db)).toBe(before)
    expect(preview.body.items).toEqual({ matched: 1, moved: 2, sameCodeDifferentStatement: ['X-2'] })
    expect(preview.body.matches).toEqual([{ sourceCode: 'x-1', targetCode: 'X-1', statement: 'Read   blueprints' }])
    expect(preview.body.references).toMatchObject({
      alignments: { moved: 2, collapsed: 1 },
      links: { moved: 0, collapsed: 2 },
      ratings: { moved: 1, collapsed: 1 },
      comments: { moved: 1, collapsed: 0 },
      pathways: { moved: 1, collapsed: 1 },
    })
    // The other organisation's draft is counted, never named.
    expect(preview.body.modules).toEqual({ codes: [both.code, onlyB.code].sort(), hidden: 1 })
    expect(JSON.stringify(preview.body)).not.toContain(hidden.code)

    const done = await api.post(`/frameworks/${a.id}/merge`, { sourceId: b.id })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toEqual(preview.body)

    expect((await api.get(`/frameworks/${b.id}`)).status).toBe(404)
    const tree = (await api.get(`/frameworks/${a.id}/tree`)).body.competencies
    expect(tree.map((c: { code: string }) => c.code)).toEqual(['X-1', 'X-2', 'X-2'])
    expect(tree[0].children.map((c: { id: number }) => c.id)).toEqual([b3.id])
    const alignments = await db.selectFrom('alignments').select(['moduleId', 'competencyId', 'depth', 'assessed']).where('moduleId', 'in', [both.id, onlyB.id, hidden.id]).orderBy('moduleId').execute()
    expect(alignments).toEqual([
      { moduleId: both.id, competencyId: a1.id, depth: 'M', assessed: 1 },
      { moduleId: onlyB.id, competencyId: a1.id, depth: 'R', assessed: 0 },
      { moduleId: hidden.id, competencyId: a1.id, depth: 'I', assessed: 0 },
    ])
    const links = await db.selectFrom('competency_links').select(['fromId', 'toId', 'relation']).where('toId', '=', skill.id).orderBy('fromId').execute()
    expect(links).toEqual([{ fromId: a1.id, toId: skill.id, relation: 'requires' }, { fromId: b3.id, toId: skill.id, relation: 'requires' }])
    expect(await db.selectFrom('validation_ratings').select('competencyId').where('competencyId', 'in', [a1.id, b1.id]).execute()).toEqual([{ competencyId: a1.id }, { competencyId: a1.id }])
    const frameworksOf = async (pathwayId: number) => (await db.selectFrom('pathway_frameworks').select('frameworkId').where('pathwayId', '=', pathwayId).execute()).map((r) => r.frameworkId)
    expect(await frameworksOf(held.id)).toEqual([a.id])
    expect(await frameworksOf(heldB.id)).toEqual([a.id])
    const threads = await db.selectFrom('comment_threads').select(['targetId', 'targetKey']).where('targetKind', '=', 'competency').where('targetId', 'in', [a1.id, b1.id]).execute()
    expect(threads).toEqual([{ targetId: a1.id, targetKey: `competency:${a1.id}` }])
    expect((await api.get(`/competencies/${a2.id}`)).status).toBe(200)
    expect((await api.get(`/competencies/${b2.id}`)).body.frameworkId).toBe(a.id)
    const audit = await accounts.as.admin.get(`/audit?table=frameworks&rowId=${a.id}`)
    expect(JSON.stringify(audit.body)).toContain('items matched')
  })

  it('merges one item into another: children and references follow, a descendant cannot take its ancestor', async () => {
    const db = test.db
    const { framework } = await makeFramework(db, { codes: [] })
    const area = await add(db, framework.id, 'A', 'Safety')
    const dup = await add(db, framework.id, 'B', 'Safety practices')
    const child = await add(db, framework.id, 'B-1', 'Wear eye protection', dup.id)
    await add(db, framework.id, 'A-1', 'Lock out machines', area.id)
    const module = await makeModule(db, { alignments: [{ competencyId: dup.id, depth: 'R' }, { competencyId: area.id, depth: 'M' }] })
    const api = accounts.as.faculty

    const intoOwnChild = await expectRefusedUnchanged(db, 'merge an item into its own child', () => api.post(`/competencies/${child.id}/merge`, { sourceId: dup.id }))
    expect(intoOwnChild.status).toBe(422)
    expect(intoOwnChild.body.error.message).toContain('sits beneath')

    const preview = await api.post(`/competencies/${area.id}/merge/preview`, { sourceId: dup.id })
    expect(preview.body.references).toMatchObject({ alignments: { moved: 0, collapsed: 1 }, children: { moved: 1, collapsed: 0 } })
    const done = await api.post(`/competencies/${area.id}/merge`, { sourceId: dup.id })
    expect(done.status, JSON.stringify(done.body)).toBe(200)
    expect(done.body).toEqual(preview.body)
    expect((await api.get(`/competencies/${dup.id}`)).status).toBe(404)
    const tree = (await api.get(`/frameworks/${framework.id}/tree`)).body.competencies
    expect(tree.map((c: { code: string; children: { code: string }[] }) => [c.code, c.children.map((k) => k.code)])).toEqual([['A', ['A-1', 'B-1']]])
    expect(await db.selectFrom('alignments').select(['competencyId', 'depth']).where('moduleId', '=', module.id).execute()).toEqual([{ competencyId: area.id, depth: 'M' }])
  })

  it("refuses another organisation's framework, a missing one and itself, writing nothing", async () => {
    const db = test.db
    const own = await makeFramework(db)
    const theirs = await makeFramework(db, { owner: accounts.organisations.other })
    const api = accounts.as.faculty
    const fromTheirs = await expectRefusedUnchanged(db, 'merge theirs into ours', () => api.post(`/frameworks/${own.framework.id}/merge`, { sourceId: theirs.framework.id }))
    expect(fromTheirs.status).toBe(403)
    const intoTheirs = await expectRefusedUnchanged(db, 'merge ours into theirs', () => api.post(`/frameworks/${theirs.framework.id}/merge/preview`, { sourceId: own.framework.id }))
    expect(intoTheirs.status).toBe(403)
    const missing = await expectRefusedUnchanged(db, 'merge a missing one', () => api.post(`/frameworks/${own.framework.id}/merge`, { sourceId: MISSING }))
    expect(missing.status).toBe(422)
    expect(missing.body.error.message).toContain('does not exist')
    expect((await expectRefusedUnchanged(db, 'merge into a missing one', () => api.post(`/frameworks/${MISSING}/merge`, { sourceId: own.framework.id }))).status).toBe(404)
    expect((await expectRefusedUnchanged(db, 'merge into itself', () => api.post(`/frameworks/${own.framework.id}/merge`, { sourceId: own.framework.id }))).status).toBe(422)
    const item = await expectRefusedUnchanged(db, "merge their item into ours", () =>
      api.post(`/competencies/${own.competencies[0]!.id}/merge`, { sourceId: theirs.competencies[0]!.id }))
    expect(item.status).toBe(403)
    expect((await expectRefusedUnchanged(db, 'a viewer merges', () => accounts.as.viewer.post(`/frameworks/${own.framework.id}/merge`, { sourceId: own.framework.id }))).status).toBe(403)
  })
})
