// The authorisation matrix of rows: every write on a row (and every read of a campaign's invitees), as faculty of
// the test college, on another organisation's row (403, or 404 exactly like a missing id when the row is hidden)
// and on a row that no organisation owns (403: only admins act on those). Nothing may be written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { TEST_PASSWORD } from '../support/accounts'
import { apiClient, signInCookie, type Answer } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { buildWorld, expectRefusedUnchanged, MISSING, refusalOf, type World } from './authorisation-support'

type Row = {
  write: string
  send: (w: World, id: number) => Promise<Answer>
  other: (w: World) => number
  hidden?: (w: World) => number
  unowned?: (w: World) => number
}

const versionOf = async (w: World, path: string, id: number) => ((await w.accounts.as.admin.get(path)).body?.version as number | undefined) ?? id
const asFaculty = (w: World) => w.accounts.as.faculty
const module = (w: World, id: number) => versionOf(w, `/modules/${id}`, 1)

const ROWS: Row[] = [
  { write: 'PATCH /api/modules/:id', other: (w) => w.modules.other.id, hidden: (w) => w.modules.hidden.id, unowned: (w) => w.modules.unowned.id,
    send: async (w, id) => asFaculty(w).patch(`/modules/${id}`, { version: await module(w, id), title: 'Mine now' }) },
  { write: 'DELETE /api/modules/:id', other: (w) => w.modules.other.id, hidden: (w) => w.modules.hidden.id, unowned: (w) => w.modules.unowned.id,
    send: (w, id) => asFaculty(w).delete(`/modules/${id}`) },
  { write: 'POST /api/modules/:id/revisions/:version/restore', other: (w) => w.modules.other.id, hidden: (w) => w.modules.hidden.id, unowned: (w) => w.modules.unowned.id,
    send: async (w, id) => asFaculty(w).post(`/modules/${id}/revisions/1/restore`, { version: await module(w, id) }) },
  { write: 'PATCH /api/pathways/:id', other: (w) => w.pathways.other.id, unowned: (w) => w.pathways.unowned.id,
    send: (w, id) => asFaculty(w).patch(`/pathways/${id}`, { version: 1, title: 'Mine now' }) },
  { write: 'DELETE /api/pathways/:id', other: (w) => w.pathways.other.id, unowned: (w) => w.pathways.unowned.id,
    send: (w, id) => asFaculty(w).delete(`/pathways/${id}`) },
  { write: 'PATCH /api/articulations/:id', other: (w) => w.articulations.other.id, hidden: (w) => w.articulations.hidden.id, unowned: (w) => w.articulations.unowned.id,
    send: (w, id) => asFaculty(w).patch(`/articulations/${id}`, { credits: 9 }) },
  { write: 'DELETE /api/articulations/:id', other: (w) => w.articulations.other.id, hidden: (w) => w.articulations.hidden.id, unowned: (w) => w.articulations.unowned.id,
    send: (w, id) => asFaculty(w).delete(`/articulations/${id}`) },
  { write: 'PATCH /api/credentials/:id', other: (w) => w.credentials.other.id, unowned: (w) => w.credentials.unowned.id,
    send: (w, id) => asFaculty(w).patch(`/credentials/${id}`, { title: 'Mine now' }) },
  { write: 'DELETE /api/credentials/:id', other: (w) => w.credentials.other.id, unowned: (w) => w.credentials.unowned.id,
    send: (w, id) => asFaculty(w).delete(`/credentials/${id}`) },
  { write: 'PATCH /api/frameworks/:id', other: (w) => w.frameworks.other.framework.id, unowned: (w) => w.frameworks.unowned.framework.id,
    send: (w, id) => asFaculty(w).patch(`/frameworks/${id}`, { title: 'Mine now' }) },
  { write: 'DELETE /api/frameworks/:id', other: (w) => w.frameworks.other.framework.id, unowned: (w) => w.frameworks.unowned.framework.id,
    send: (w, id) => asFaculty(w).delete(`/frameworks/${id}`) },
  { write: 'PATCH /api/competencies/:id', other: (w) => w.frameworks.other.competencies[0]!.id, unowned: (w) => w.frameworks.unowned.competencies[0]!.id,
    send: (w, id) => asFaculty(w).patch(`/competencies/${id}`, { statement: 'Mine now' }) },
  { write: 'DELETE /api/competencies/:id', other: (w) => w.frameworks.other.competencies[1]!.id, unowned: (w) => w.frameworks.unowned.competencies[1]!.id,
    send: (w, id) => asFaculty(w).delete(`/competencies/${id}`) },
  { write: 'POST /api/competencies/:id/move', other: (w) => w.frameworks.other.competencies[1]!.id, unowned: (w) => w.frameworks.unowned.competencies[1]!.id,
    send: (w, id) => asFaculty(w).post(`/competencies/${id}/move`, { parentId: null, index: 0 }) },
  // ABE instructors write basic-skills standards, but only their own organisation's.
  { write: 'PATCH /api/frameworks/:id (basic skills, as an ABE instructor)', other: (w) => w.frameworks.basic.id,
    send: (w, id) => w.accounts.as.abe_instructor.patch(`/frameworks/${id}`, { title: 'Mine now' }) },
  { write: 'POST /api/competencies (into a basic-skills standard, as an ABE instructor)', other: (w) => w.frameworks.basic.id,
    send: (w, id) => w.accounts.as.abe_instructor.post('/competencies', { frameworkId: id, code: 'ABE-1', statement: 'Mine now', kind: 'competency' }) },
  { write: 'PATCH /api/competency-links/:id', other: (w) => w.links.other.id,
    send: (w, id) => asFaculty(w).patch(`/competency-links/${id}`, { relation: 'equivalent' }) },
  { write: 'DELETE /api/competency-links/:id', other: (w) => w.links.other.id,
    send: (w, id) => asFaculty(w).delete(`/competency-links/${id}`) },
  { write: 'GET /api/campaigns/:id (invitees)', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).get(`/campaigns/${id}`) },
  { write: 'GET /api/campaigns/:id/results', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).get(`/campaigns/${id}/results`) },
  { write: 'GET /api/campaigns/:id/results.xlsx', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).get(`/campaigns/${id}/results.xlsx`) },
  { write: 'PATCH /api/campaigns/:id', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).patch(`/campaigns/${id}`, { title: 'Mine now' }) },
  { write: 'POST /api/campaigns/:id/invites', other: (w) => w.campaign.id,
    send: (w, id) => asFaculty(w).post(`/campaigns/${id}/invites`, { employerName: 'Eve', company: 'Spy', email: 'eve@spy.test' }) },
  { write: 'POST /api/campaigns/:id/close', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).post(`/campaigns/${id}/close`) },
  { write: 'DELETE /api/campaigns/:id', other: (w) => w.campaign.id, send: (w, id) => asFaculty(w).delete(`/campaigns/${id}`) },
]

describe.each(testDialects)('ownership of every writable row on %s', (dialect) => {
  let test: TestDb
  let world: World
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
  })
  afterAll(() => test.destroy())

  it.each(ROWS)("$write: another organisation's row is refused (403; 404 like a missing id when hidden), nothing written", async (row) => {
    const other = await expectRefusedUnchanged(test.db, `${row.write} on another organisation's row`, () => row.send(world, row.other(world)))
    expect(other.status).toBe(403)
    expect(JSON.stringify(other.body)).not.toContain('pat@acme.test')
    if (!row.hidden) return
    const missing = await expectRefusedUnchanged(test.db, `${row.write} on a missing row`, () => row.send(world, MISSING))
    const hiddenId = row.hidden(world)
    const hidden = await expectRefusedUnchanged(test.db, `${row.write} on a hidden row`, () => row.send(world, hiddenId))
    expect(hidden.status).toBe(404)
    expect(refusalOf(hidden, hiddenId)).toEqual(refusalOf(missing, MISSING))
  })

  it.each(ROWS.filter((r) => r.unowned))('$write: a row that no organisation owns is refused to faculty (403)', async (row) => {
    const answer = await expectRefusedUnchanged(test.db, `${row.write} on an unowned row`, () => row.send(world, row.unowned!(world)))
    expect(answer.status).toBe(403)
    expect(answer.body.error.message).toMatch(/belongs to no organisation; only an administrator can change it/)
  })

  it('lets admins act on rows that no organisation owns', async () => {
    const admin = world.accounts.as.admin
    const { modules, pathways, articulations, credentials, frameworks } = world
    expect((await admin.patch(`/modules/${modules.unowned.id}`, { version: await module(world, modules.unowned.id), title: 'Adopted' })).status).toBe(200)
    expect((await admin.patch(`/pathways/${pathways.unowned.id}`, { version: 1, title: 'Adopted' })).status).toBe(200)
    expect((await admin.patch(`/articulations/${articulations.unowned.id}`, { credits: 2 })).status).toBe(200)
    expect((await admin.patch(`/credentials/${credentials.unowned.id}`, { title: 'Adopted' })).status).toBe(200)
    expect((await admin.patch(`/frameworks/${frameworks.unowned.framework.id}`, { title: 'Adopted' })).status).toBe(200)
  })

  it('lets the owning organisation change its own rows, and records who owns what it creates', async () => {
    const created = await world.outsider.post('/articulations', { fromModuleId: world.modules.other.id, toModuleId: world.modules.own.id, kind: 'dual_enrollment' })
    expect(created.status).toBe(201)
    expect(created.body.organisationId).toBe(world.accounts.organisations.other)
    expect((await world.outsider.patch(`/articulations/${created.body.id}`, { credits: 4 })).body.credits).toBe(4)
    expect((await world.accounts.as.faculty.delete(`/articulations/${created.body.id}`)).status).toBe(403)
    expect((await world.outsider.delete(`/articulations/${created.body.id}`)).status).toBe(204)
    const framework = await world.accounts.as.faculty.post('/frameworks', { title: 'Ours', kind: 'occupational' })
    expect(framework.body.organisationId).toBe(world.accounts.organisations.college)
    const credential = await world.accounts.as.faculty.post('/credentials', { title: 'Ours', kind: 'badge' })
    expect(credential.body.organisationId).toBe(world.accounts.organisations.college)
  })

  it('refuses to let a person who belongs to no organisation create rows nobody but admins could change', async () => {
    await createUser(test.db, null, { email: 'loner@test.rungs', name: 'Loner', password: TEST_PASSWORD, role: 'faculty', organisationId: null })
    const loner = apiClient(test.db, { cookie: await signInCookie(test.db, 'loner@test.rungs', TEST_PASSWORD) })
    const answer = await expectRefusedUnchanged(test.db, 'create without an organisation', () =>
      loner.post('/modules', { code: 'LONE-1', title: 'Alone', level: 'adult', kind: 'occupational' }),
    )
    expect(answer.status).toBe(403)
    expect(answer.body.error.message).toMatch(/belong to no organisation/)
  })
})
