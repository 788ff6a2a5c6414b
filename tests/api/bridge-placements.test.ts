// ABE instructors place their own bridge and integrated modules on a pathway's stages, at or below the stage of the
// modules they prepare for: inside the pathway's organisation at once, from another organisation as a proposal
// that the pathway's owners approve or decline. Every step is audited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestAccounts, signInOutsider, type TestAccounts } from '../support/accounts'
import { type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway, unique } from '../support/factories'
import { approveModule } from '../support/workflow'
import { refusalOf } from './authorisation-support'

type Stage = { stage: number; modules: { code: string }[] }

describe.each(testDialects)('placing bridges on a pathway on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let target: Awaited<ReturnType<typeof makeModule>>
  let slug: string
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    outsider = await signInOutsider(test.db, accounts, { role: 'abe_instructor', email: 'abe@hillview.test', name: 'Hillview ABE' })
    target = await makeModule(test.db, { status: 'approved' })
    const first = await makeModule(test.db, { status: 'approved' })
    slug = (await makePathway(test.db, { modules: [{ moduleId: first.id, stage: 1 }, { moduleId: target.id, stage: 2 }] })).slug
  })
  afterAll(() => test.destroy())

  const ladder = async () => ((await accounts.as.faculty.get(`/pathways/${slug}`)).body.stages as Stage[]).map((s): [number, string[]] => [s.stage, s.modules.map((m) => m.code)])
  const audited = (table: string) => test.db.selectFrom('audit_log').select(['summary', 'userId']).where('tableName', '=', table).orderBy('id').execute()
  const bridgeOf = async (by: ApiClient, extra: object = {}) => {
    const made = await by.post('/modules', { code: unique('BR'), title: 'Shop math bridge', level: 'adult', kind: 'bridge', targetIds: [target.id], ...extra })
    expect(made.status, JSON.stringify(made.body)).toBe(201)
    return made.body as { id: number; code: string }
  }

  it('places an own bridge at or below the stage it prepares for, refuses it above, and audits the placement', async () => {
    const abe = accounts.as.abe_instructor
    const bridge = await bridgeOf(abe)
    const above = await abe.post(`/pathways/${slug}/placements`, { moduleId: bridge.id, stage: 3 })
    expect(above.status).toBe(422)
    expect(above.body.error.message).toBe(`stage: ${bridge.code} prepares for stage 2 of "Pathway ${slug}", so it may go on stage 2 or below, not 3`)

    const placed = await abe.post(`/pathways/${slug}/placements`, { moduleId: bridge.id, stage: 2 })
    expect(placed.status, JSON.stringify(placed.body)).toBe(201)
    expect(placed.body).toMatchObject({ state: 'placed', stage: 2, proposalId: null })
    expect((await ladder()).find(([stage]) => stage === 2)![1]).toContain(bridge.code)
    expect(await audited('pathways')).toContainEqual({ summary: `Placed ${bridge.code} on stage 2 of pathway "Pathway ${slug}"`, userId: accounts.users.abe_instructor.id })
    expect((await abe.post(`/pathways/${slug}/placements`, { moduleId: bridge.id, stage: 1 })).status).toBe(409)

    const integrated = await bridgeOf(abe, { kind: 'integrated' })
    expect((await abe.post(`/pathways/${slug}/placements`, { moduleId: integrated.id, stage: 1 })).body).toMatchObject({ state: 'placed', stage: 1 })
  })

  it("refuses a module that is not the instructor's bridge: another organisation's, a hidden draft as a missing one, an occupational one, one preparing for nothing here", async () => {
    const abe = accounts.as.abe_instructor
    const theirs = await bridgeOf(outsider)
    await approveModule(outsider, accounts.as.admin, theirs.id)
    const foreign = await abe.post(`/pathways/${slug}/placements`, { moduleId: theirs.id, stage: 1 })
    expect(foreign.status).toBe(403)

    const hidden = await bridgeOf(outsider)
    const missing = await abe.post(`/pathways/${slug}/placements`, { moduleId: 987654, stage: 1 })
    const secret = await abe.post(`/pathways/${slug}/placements`, { moduleId: hidden.id, stage: 1 })
    expect(missing.status).toBe(422)
    expect(refusalOf(secret, hidden.id)).toEqual(refusalOf(missing, 987654))

    const occupational = await accounts.as.faculty.post(`/pathways/${slug}/placements`, { moduleId: target.id, stage: 1 })
    expect(occupational.status).toBe(422)
    expect(occupational.body.error.message).toMatch(/is an occupational module; those are placed in the pathway editor$/)

    const aimless = await abe.post('/modules', { code: unique('BR'), title: 'Bridge to elsewhere', level: 'adult', kind: 'bridge' })
    const nowhere = await abe.post(`/pathways/${slug}/placements`, { moduleId: aimless.body.id, stage: 1 })
    expect(nowhere.status).toBe(422)
    expect(nowhere.body.error.details).toMatchObject({ field: 'moduleId' })
    expect(nowhere.body.error.message).toMatch(/prepares for none of the modules of/)
  })

  it("proposes another organisation's bridge to the pathway's owners, who approve or decline it", async () => {
    const draft = await bridgeOf(outsider)
    const unseen = await outsider.post(`/pathways/${slug}/placements`, { moduleId: draft.id, stage: 1 })
    expect(unseen.status).toBe(422)
    expect(unseen.body.error.message).toMatch(/has never been approved/)

    const bridge = await bridgeOf(outsider)
    await approveModule(outsider, accounts.as.admin, bridge.id)
    const before = await ladder()
    const proposed = await outsider.post(`/pathways/${slug}/placements`, { moduleId: bridge.id, stage: 1 })
    expect(proposed.status, JSON.stringify(proposed.body)).toBe(201)
    expect(proposed.body).toMatchObject({ state: 'pending', stage: 1 })
    expect(await ladder()).toEqual(before)
    expect((await outsider.post(`/pathways/${slug}/placements`, { moduleId: bridge.id, stage: 1 })).body.error.code).toBe('already_proposed')

    const pending = await accounts.as.faculty.get(`/pathways/${slug}/placement-proposals`)
    expect(pending.body.items).toMatchObject([{ id: proposed.body.proposalId, code: bridge.code, stage: 1, state: 'pending', proposerName: 'Hillview ABE' }])
    const id = proposed.body.proposalId as number
    expect((await outsider.post(`/pathways/${slug}/placement-proposals/${id}/approve`)).status).toBe(403)

    const approved = await accounts.as.faculty.post(`/pathways/${slug}/placement-proposals/${id}/approve`)
    expect(approved.status, JSON.stringify(approved.body)).toBe(200)
    expect((await ladder()).find(([stage]) => stage === 1)![1]).toContain(bridge.code)
    expect((await accounts.as.faculty.get(`/pathways/${slug}/placement-proposals`)).body.items).toEqual([])
    expect((await accounts.as.faculty.post(`/pathways/${slug}/placement-proposals/${id}/decline`)).status).toBe(409)

    const other = await bridgeOf(outsider)
    await approveModule(outsider, accounts.as.admin, other.id)
    const second = await outsider.post(`/pathways/${slug}/placements`, { moduleId: other.id, stage: 2 })
    const declined = await accounts.as.faculty.post(`/pathways/${slug}/placement-proposals/${second.body.proposalId}/decline`)
    expect(declined.body).toMatchObject({ state: 'declined' })
    expect((await ladder()).flatMap(([, codes]) => codes)).not.toContain(other.code)

    const trail = (await audited('placement_proposals')).map((a) => a.summary)
    const by = '(proposed by Hillview ABE of Hillview Adult School)'
    expect(trail).toEqual([
      `Proposed ${bridge.code} on stage 1 of pathway "Pathway ${slug}"`,
      `Approved the placement of ${bridge.code} on stage 1 of pathway "Pathway ${slug}" ${by}`,
      `Proposed ${other.code} on stage 2 of pathway "Pathway ${slug}"`,
      `Declined the placement of ${other.code} on stage 2 of pathway "Pathway ${slug}" ${by}`,
    ])
  })
})
