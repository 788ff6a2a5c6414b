// Who may read and write comments: members only (anonymous 401 on every route), a target hidden from the person
// answers exactly as a missing one, and a draft's comments cannot mention, nor notify, someone it is hidden from.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { buildWorld, expectRefusedUnchanged, MISSING, refusalOf, type World } from './authorisation-support'

describe.each(testDialects)('access to comments on %s', (dialect) => {
  let test: TestDb
  let world: World
  let hiddenThread: { id: number; comments: { id: number }[] }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
    // Hillview comments on its own draft, which the college may not see.
    const opened = await world.outsider.post('/comments', { kind: 'module', id: world.modules.hidden.id, body: 'Our draft' })
    expect(opened.status).toBe(201)
    hiddenThread = opened.body
  })
  afterAll(() => test.destroy())

  it('answers 401 to anonymous readers on every route, even for public targets', async () => {
    const anonymous = world.accounts.as.anonymous
    const target = { kind: 'module', id: world.modules.own.id }
    const answers = [
      await anonymous.get(`/comments?kind=module&id=${world.modules.own.id}`),
      await anonymous.post('/comments', { ...target, body: 'x' }),
      await anonymous.post('/comments/counts', { targets: [target] }),
      await anonymous.get(`/comments/people?kind=module&id=${world.modules.own.id}`),
      await anonymous.post(`/comments/threads/${hiddenThread.id}/replies`, { body: 'x' }),
      await anonymous.patch(`/comments/threads/${hiddenThread.id}`, { resolved: true }),
      await anonymous.patch(`/comments/${hiddenThread.comments[0]!.id}`, { body: 'x' }),
      await anonymous.delete(`/comments/${hiddenThread.comments[0]!.id}`),
      await anonymous.get('/inbox'),
      await anonymous.get('/inbox/unread'),
      await anonymous.post('/inbox/read', { all: true }),
    ]
    expect(answers.map((a) => a.status)).toEqual(Array(answers.length).fill(401))
  })

  it("answers a hidden draft, its outcomes' and its threads' routes exactly as missing ones", async () => {
    const faculty = world.accounts.as.faculty
    const hidden = world.modules.hidden.id
    const threadId = hiddenThread.id
    const commentId = hiddenThread.comments[0]!.id
    const pairs: [string, (id: number) => ReturnType<typeof faculty.get>][] = [
      ['list', (id) => faculty.get(`/comments?kind=module&id=${id}`)],
      ['open', (id) => faculty.post('/comments', { kind: 'module', id, body: 'Peek' })],
      ['people', (id) => faculty.get(`/comments/people?kind=module&id=${id}`)],
    ]
    for (const [label, request] of pairs) {
      const seen = await expectRefusedUnchanged(test.db, `${label} hidden`, () => request(hidden))
      const missing = await expectRefusedUnchanged(test.db, `${label} missing`, () => request(MISSING))
      expect(seen.status, label).toBe(404)
      expect(refusalOf(seen, hidden), label).toEqual(refusalOf(missing, MISSING))
    }
    const byId: [string, (id: number) => ReturnType<typeof faculty.get>, number][] = [
      ['reply', (id) => faculty.post(`/comments/threads/${id}/replies`, { body: 'Peek' }), threadId],
      ['resolve', (id) => faculty.patch(`/comments/threads/${id}`, { resolved: true }), threadId],
      ['edit', (id) => faculty.patch(`/comments/${id}`, { body: 'Peek' }), commentId],
      ['delete', (id) => world.accounts.as.admin.delete(`/comments/${id}`), commentId],
    ]
    for (const [label, request, id] of byId) {
      // Admins see every draft, so the delete is checked as the outsider's faculty instead for the hidden case.
      if (label === 'delete') continue
      const seen = await expectRefusedUnchanged(test.db, `${label} hidden`, () => request(id))
      const missing = await expectRefusedUnchanged(test.db, `${label} missing`, () => request(MISSING))
      expect(seen.status, label).toBe(404)
      expect(refusalOf(seen, id), label).toEqual(refusalOf(missing, MISSING))
    }
    const del = await expectRefusedUnchanged(test.db, 'delete hidden', () => faculty.delete(`/comments/${commentId}`))
    const delMissing = await expectRefusedUnchanged(test.db, 'delete missing', () => faculty.delete(`/comments/${MISSING}`))
    expect(refusalOf(del, commentId)).toEqual(refusalOf(delMissing, MISSING))
    const counts = await faculty.post('/comments/counts', { targets: [{ kind: 'module', id: hidden }, { kind: 'module', id: MISSING }] })
    expect(counts.body.items.map((i: { count: number }) => i.count)).toEqual([0, 0])
    expect((await world.outsider.post('/comments/counts', { targets: [{ kind: 'module', id: hidden }] })).body.items[0].count).toBe(1)
  })

  it('hides outcomes of a hidden draft the same way', async () => {
    const draft = (await world.outsider.get(`/modules/${world.modules.hidden.id}`)).body
    const withOutcome = await world.outsider.patch(`/modules/${draft.id}`, { version: draft.version, outcomes: [{ content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Secret outcome' }] }] } }] })
    const outcomeId = withOutcome.body.outcomes[0].id
    const seen = await world.accounts.as.faculty.get(`/comments?kind=outcome&id=${outcomeId}`)
    const missing = await world.accounts.as.faculty.get(`/comments?kind=outcome&id=${MISSING}`)
    expect(seen.status).toBe(404)
    expect(refusalOf(seen, outcomeId)).toEqual(refusalOf(missing, MISSING))
    expect((await world.outsider.get(`/comments?kind=outcome&id=${outcomeId}`)).status).toBe(200)
  })

  it("offers and accepts as mentions on a draft only the people who can see it, and refuses the others with 422", async () => {
    const people = await world.outsider.get(`/comments/people?kind=module&id=${world.modules.hidden.id}`)
    const names = people.body.items.map((p: { name: string }) => p.name)
    expect(names).toContain('Hillview abe_instructor')
    expect(names).toContain('Test admin')
    expect(names).not.toContain('Test faculty')
    const everyone = await world.outsider.get(`/comments/people?kind=module&id=${world.modules.other.id}&limit=50`)
    expect(everyone.body.items.map((p: { name: string }) => p.name)).toContain('Test faculty')
    const refused = await expectRefusedUnchanged(test.db, 'mention someone blind to the draft', () =>
      world.outsider.post(`/comments/threads/${hiddenThread.id}/replies`, { body: '@Test faculty look', mentions: [world.accounts.users.faculty.id] }))
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toMatch(/mentions: Test faculty cannot see this draft/)
    const admin = await world.outsider.post(`/comments/threads/${hiddenThread.id}/replies`, { body: '@Test admin look', mentions: [world.accounts.users.admin.id] })
    expect(admin.status).toBe(201)
  })

  it('lets only the author edit, and the author or an admin delete; anyone who sees the target resolves', async () => {
    const opened = (await world.accounts.as.viewer.post('/comments', { kind: 'pathway', id: world.pathways.other.id, body: 'Viewer thoughts' })).body
    const commentId = opened.comments[0].id
    for (const role of ['admin', 'faculty', 'abe_instructor', 'employer'] as const) {
      const edit = await expectRefusedUnchanged(test.db, `${role} edits`, () => world.accounts.as[role].patch(`/comments/${commentId}`, { body: 'Changed' }))
      expect(edit.status, role).toBe(403)
    }
    for (const role of ['faculty', 'abe_instructor', 'employer'] as const) {
      const del = await expectRefusedUnchanged(test.db, `${role} deletes`, () => world.accounts.as[role].delete(`/comments/${commentId}`))
      expect(del.status, role).toBe(403)
    }
    expect((await world.outsider.patch(`/comments/threads/${opened.id}`, { resolved: true })).status).toBe(200)
    expect((await world.accounts.as.viewer.patch(`/comments/${commentId}`, { body: 'Changed' })).status).toBe(200)
    expect((await world.accounts.as.admin.delete(`/comments/${commentId}`)).status).toBe(200)
  })
})
