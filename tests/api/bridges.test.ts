// The bridge builder over the demo pathway: what IET 101 needs above ABE 3, a bridge made from it, and the
// coverage checklist that follows the bridge's alignments.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { seedDemo } from '../../server/services/seed/index'
import type { BridgeCoverage, BridgePlan } from '../../shared/schemas/bridge'
import { createTestAccounts, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('bridge builder (%s)', (dialect) => {
  let t: TestDb
  let accounts: TestAccounts
  const ids = new Map<string, number>()
  const id = (code: string) => ids.get(code)!
  const skillCodes = (plan: BridgePlan) => plan.groups.flatMap((g) => g.needs.map((n) => n.skill.code))

  beforeAll(async () => {
    t = await createTestDb(dialect)
    await seedDemo(t.db)
    accounts = await createTestAccounts(t.db)
    for (const row of await t.db.selectFrom('modules').select(['id', 'code']).execute()) ids.set(row.code, row.id)
    for (const row of await t.db.selectFrom('competencies').select(['id', 'code']).execute()) ids.set(row.code, row.id)
  })
  afterAll(() => t.destroy())

  // Answers are plans, or errors on the refusals.
  const plan = (query: string) => accounts.as.anonymous.get<BridgePlan & { error: { message: string } }>(`/bridges/plan?${query}`)

  it('lists what the target needs at or above the level an adult at the entry level works at, by subject', async () => {
    const { status, body } = await plan(`targetId=${id('IET 101')}&entryLevel=ABE%203`)
    expect(status).toBe(200)
    expect(body.entryLevel).toEqual({ code: 'ABE 3', label: 'Low Intermediate Basic Education', skillLevel: 'C' })
    expect(body.targets.map((m) => m.code)).toEqual(['IET 101'])
    expect(body.groups.map((g) => g.subject)).toEqual(['reading', 'math'])
    expect(skillCodes(body)).toContain('CCR.M.6.NS.3')
    // AM-QM-1 needs fractions only at level B, which an adult at ABE 3 already has.
    expect(skillCodes(body)).not.toContain('CCR.M.3.NF.3')
    expect(body.metAtEntry).toBeGreaterThanOrEqual(1)
    const decimals = body.groups[1]!.needs.find((n) => n.skill.code === 'CCR.M.6.NS.3')!
    expect(decimals).toMatchObject({ subject: 'math', requiredLevel: 'C', neededBy: [{ code: 'AM-QM-4' }] })
  })

  it('lists less for a higher entry level, and takes a pathway stage as the target', async () => {
    const high = await plan(`targetId=${id('IET 101')}&entryLevel=ABE%205`)
    expect(skillCodes(high.body)).toEqual(['CCR.M.N.Q.3'])
    const stage = await plan(`pathwayId=1&stage=1&entryLevel=abe%203`)
    expect(stage.status).toBe(200)
    expect(stage.body.targets.map((m) => m.code)).toEqual(['CTE 1100', 'IET 101'])
  })

  it('orders the skills of a subject by how many competencies need them', async () => {
    const { body } = await plan(`targetId=${id('IET 101')}&targetId=${id('MFG 120')}&entryLevel=ABE%201`)
    for (const group of body.groups) {
      const counts = group.needs.map((n) => n.neededBy.length)
      expect(counts).toEqual([...counts].sort((a, b) => b - a))
    }
  })

  it('refuses an unknown entry level, module or empty stage with a message that names it', async () => {
    const level = await plan(`targetId=${id('IET 101')}&entryLevel=Level%209`)
    expect(level.status).toBe(422)
    expect(level.body.error.message).toMatch(/Entry level "Level 9" is not one of the levels .*ABE 1, ABE 2/)
    expect((await plan(`targetId=999999&entryLevel=ABE%203`)).status).toBe(404)
    const stage = await plan(`pathwayId=1&stage=9&entryLevel=ABE%203`)
    expect(stage.status).toBe(422)
    expect(stage.body.error.message).toMatch(/Stage 9 of pathway .* has no occupational or integrated module/)
    expect((await plan(`entryLevel=ABE%203`)).status).toBe(400)
  })

  it('creates a bridge with the chosen skills pre-filled, an outline, and its coverage checklist', async () => {
    const listed = (await plan(`targetId=${id('IET 101')}&entryLevel=ABE%203`)).body
    const skillIds = listed.groups.flatMap((g) => g.needs.map((n) => n.skill.id))
    const created = await accounts.as.abe_instructor.post('/bridges', {
      targetIds: [id('IET 101')],
      entryLevel: 'ABE 3',
      kind: 'bridge',
      code: 'ABE 090',
      title: 'Reading and Math for the Shop Floor',
      clockHours: 60,
      skillIds,
    })
    expect(created.status).toBe(201)
    const bridge = created.body
    expect(bridge).toMatchObject({ kind: 'bridge', level: 'adult', status: 'draft', entryLevel: 'ABE 3', clockHours: 60, teamTaughtShare: null })
    expect(bridge.targets.map((m: { code: string }) => m.code)).toEqual(['IET 101'])
    const aligned = new Map(bridge.alignments.map((a: { competencyCode: string; depth: string }) => [a.competencyCode, a.depth]))
    expect(aligned.get('CCR.M.6.NS.3')).toBe('M')
    expect(aligned.get('AM-QM-4')).toBe('I')
    const outline = JSON.stringify(bridge.description)
    expect(outline).toContain('Lesson outline')
    expect(outline).toContain('"code":"AM-QM-4"')

    // The bridge is a draft, so only its own organisation sees it beside its target.
    const target = (await accounts.as.abe_instructor.get(`/modules/${id('IET 101')}`)).body
    expect(target.bridges.map((m: { code: string }) => m.code)).toEqual(['ABE 090'])
    expect((await accounts.as.anonymous.get(`/modules/${id('IET 101')}`)).body.bridges).toEqual([])

    expect((await accounts.as.anonymous.get(`/modules/${bridge.id}/coverage`)).status).toBe(404)
    const coverage = (await accounts.as.abe_instructor.get<BridgeCoverage>(`/modules/${bridge.id}/coverage`)).body
    expect(coverage.items).toHaveLength(skillIds.length)
    expect(coverage.covered).toBe(skillIds.length)

    const alignments = bridge.alignments
      .filter((a: { competencyCode: string }) => a.competencyCode !== 'CCR.M.6.NS.3')
      .map((a: { competencyId: number; depth: string; assessed: boolean }) => ({ competencyId: a.competencyId, depth: a.depth, assessed: a.assessed }))
    const edited = await accounts.as.abe_instructor.patch(`/modules/${bridge.id}`, { version: bridge.version, alignments })
    expect(edited.status).toBe(200)
    const after = (await accounts.as.abe_instructor.get<BridgeCoverage>(`/modules/${bridge.id}/coverage`)).body
    expect(after.covered).toBe(skillIds.length - 1)
    expect(after.items.filter((i) => !i.covered).map((i) => i.skill.code)).toEqual(['CCR.M.6.NS.3'])
  })

  it('creates an integrated module whose outcomes pair each basic skill with the tasks that need it', async () => {
    const decimals = id('CCR.M.6.NS.3')
    const created = await accounts.as.faculty.post('/bridges', {
      targetIds: [id('IET 101')],
      entryLevel: 'ABE 3',
      kind: 'integrated',
      code: 'IET 090',
      title: 'Measurement Math in the Shop (IET)',
      teamTaughtShare: 50,
      skillIds: [decimals],
    })
    expect(created.status).toBe(201)
    expect(created.body).toMatchObject({ kind: 'integrated', teamTaughtShare: 50, alignments: [] })
    expect(created.body.outcomes).toHaveLength(1)
    expect(created.body.outcomes[0].text).toMatch(/^Add, subtract, multiply and divide multi-digit decimals .*, applied to: AM-QM-4 Read an outside micrometer/)
    expect(created.body.outcomes[0].alignments.map((a: { competencyCode: string; depth: string }) => `${a.competencyCode}:${a.depth}`).sort()).toEqual([
      'AM-QM-4:I',
      'CCR.M.6.NS.3:M',
    ])
  })

  it('refuses skills the targets do not need, a share on a plain bridge, and people who may not author bridges', async () => {
    const before = await t.db.selectFrom('modules').select('id').execute()
    const base = { targetIds: [id('IET 101')], entryLevel: 'ABE 3', kind: 'bridge', code: 'ABE 091', title: 'Bridge', skillIds: [id('CCR.M.3.NF.3')] }
    const below = await accounts.as.abe_instructor.post('/bridges', base)
    expect(below.status).toBe(422)
    expect(below.body.error.message).toMatch(/is not among what IET 101 need above entry level ABE 3/)
    const share = await accounts.as.abe_instructor.post('/bridges', { ...base, skillIds: [id('CCR.M.6.NS.3')], teamTaughtShare: 40 })
    expect(share.status).toBe(422)
    expect((await accounts.as.viewer.post('/bridges', { ...base, skillIds: [id('CCR.M.6.NS.3')] })).status).toBe(403)
    expect((await accounts.as.employer.post('/bridges', { ...base, skillIds: [id('CCR.M.6.NS.3')] })).status).toBe(403)
    const taken = await accounts.as.abe_instructor.post('/bridges', { ...base, code: 'ABE 095', skillIds: [id('CCR.M.6.NS.3')] })
    expect(taken.status).toBe(409)
    expect(await t.db.selectFrom('modules').select('id').execute()).toHaveLength(before.length)
  })

  it('judges bridge gaps on the level scale the instance sets', async () => {
    const gaps = async () =>
      (await accounts.as.viewer.get('/pathways/advanced-manufacturing/findings?kind=bridge_gap')).body.findings.map((f: { message: string }) => f.message)
    expect(await gaps()).toHaveLength(1)
    // Entry module IET 101 now needs decimals at level D, which the bridge ABE 095 teaches only at level C.
    const links = (await accounts.as.anonymous.get(`/competency-links?competencyId=${id('AM-QM-4')}&relation=requires`)).body.items
    const decimals = links.find((l: { toCode: string }) => l.toCode === 'CCR.M.6.NS.3')
    // The demo's frameworks belong to its partnership, not to the test college: an admin changes the requirement.
    expect((await accounts.as.admin.patch(`/competency-links/${decimals.id}`, { minLevel: 'D' })).status).toBe(200)
    expect(await gaps()).toContainEqual(expect.stringMatching(/CCR\.M\.6\.NS\.3 .* at level D, but the pathway's bridge and integrated modules reach it only at level C\./))
    // A state whose scale ranks C above D: level C now meets a need at level D.
    const scales = (await accounts.as.anonymous.get('/levels')).body
    const entryLevels = scales.entryLevels.map(({ code, scale, label, skillLevel }: Record<string, string>) => ({ code, scale, label, skillLevel }))
    const byCode = new Map(scales.skillLevels.map((l: Record<string, string>) => [l.code, { code: l.code, label: l.label, description: l.description }]))
    const put = (order: string[]) => accounts.as.admin.put('/levels', { skillLevels: order.map((code) => byCode.get(code)), entryLevels })
    expect((await put(['A', 'B', 'D', 'C', 'E'])).status).toBe(200)
    expect(await gaps()).toHaveLength(1)
    expect((await put(['A', 'B', 'C', 'D', 'E'])).status).toBe(200)
    expect(await gaps()).toHaveLength(2)
    await accounts.as.admin.patch(`/competency-links/${decimals.id}`, { minLevel: 'C' })
  })

  it('answers an empty checklist for a module that prepares for nothing', async () => {
    const { body } = await accounts.as.anonymous.get<BridgeCoverage>(`/modules/${id('MFG 120')}/coverage`)
    expect(body).toEqual({ targets: [], entryLevel: null, items: [], covered: 0 })
  })
})
