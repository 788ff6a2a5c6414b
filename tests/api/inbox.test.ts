// The inbox: mentions arrive as new items, counted until read; marking read is per person; an item on a target
// that became hidden drops out; nobody can mark or see another person's items.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { buildWorld, type World } from './authorisation-support'

describe.each(testDialects)('inbox on %s', (dialect) => {
  let test: TestDb
  let world: World
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
  })
  afterAll(() => test.destroy())

  it('lists mentions newest first as new, counts them, and marks them read one by one or all at once', async () => {
    const { as, users } = world.accounts
    expect((await as.viewer.get('/inbox/unread')).body).toEqual({ unread: 0 })
    const targets = [{ kind: 'module', id: world.modules.own.id }, { kind: 'pathway', id: world.pathways.own.id }, { kind: 'finding', id: world.pathways.own.id, fingerprint: 'no_credential:module:1' }]
    for (const [i, target] of targets.entries()) {
      const posted = await as.faculty.post('/comments', { ...target, body: `Look ${i} @Test viewer`, mentions: [users.viewer.id] })
      expect(posted.status).toBe(201)
    }
    // Mentioning oneself puts nothing in one's own inbox.
    await as.viewer.post('/comments', { ...targets[0], body: 'Note to self @Test viewer', mentions: [users.viewer.id] })
    const inbox = await as.viewer.get('/inbox')
    expect(inbox.body.unread).toBe(3)
    expect(inbox.body.items.map((i: { excerpt: string }) => i.excerpt)).toEqual(['Look 2 @Test viewer', 'Look 1 @Test viewer', 'Look 0 @Test viewer'])
    expect(inbox.body.items[2]).toMatchObject({ source: 'mention', from: 'Test faculty', read: false, link: { kind: 'module', id: world.modules.own.id, moduleId: world.modules.own.id } })
    expect(inbox.body.items[0].link).toMatchObject({ kind: 'finding', fingerprint: 'no_credential:module:1', pathwaySlug: world.pathways.own.slug })
    expect((await as.faculty.get('/inbox/unread')).body.unread).toBe(0)

    const one = await as.viewer.post('/inbox/read', { keys: [inbox.body.items[0].key] })
    expect(one.body.unread).toBe(2)
    expect((await as.viewer.get('/inbox/unread')).body.unread).toBe(2)
    // Someone else's keys, and keys of nothing, are ignored.
    expect((await as.faculty.post('/inbox/read', { keys: [inbox.body.items[1].key, 'mention:987654'] })).status).toBe(200)
    expect((await as.viewer.get('/inbox/unread')).body.unread).toBe(2)
    const stored = await test.db.selectFrom('inbox_reads').select('itemKey').where('userId', '=', users.faculty.id).execute()
    expect(stored).toEqual([])
    expect((await as.viewer.post('/inbox/read', { all: true })).body.unread).toBe(0)
    // Marking again keeps the first time read.
    expect((await as.viewer.post('/inbox/read', { all: true })).status).toBe(200)
  })

  it('drops a mention whose comment was deleted, and one on a module that became a draft hidden from the person', async () => {
    const { as, users } = world.accounts
    const outsider = world.outsider
    const module = world.modules.other
    const before = (await as.employer.get('/inbox/unread')).body.unread
    const posted = await outsider.post('/comments', { kind: 'module', id: module.id, body: 'Thoughts, @Test employer?', mentions: [users.employer.id] })
    expect(posted.status).toBe(201)
    expect((await as.employer.get('/inbox/unread')).body.unread).toBe(before + 1)
    // No action takes an approval back any more; rows from before the workflow can still be in that state.
    const { approvedVersion } = (await outsider.get(`/modules/${module.id}`)).body
    const hide = (version: number | null) => world.db.updateTable('modules').set({ approvedVersion: version }).where('id', '=', module.id).execute()
    await hide(null)
    expect((await as.employer.get('/inbox/unread')).body.unread).toBe(before)
    await hide(approvedVersion)
    expect((await as.employer.get('/inbox/unread')).body.unread).toBe(before + 1)
    await outsider.delete(`/comments/${posted.body.comments[0].id}`)
    expect((await as.employer.get('/inbox/unread')).body.unread).toBe(before)
  })

  it('lists findings assigned to the person while the assignment stands, and not their own assignments', async () => {
    const { as, users } = world.accounts
    const slug = world.pathways.own.slug
    const finding = (await as.faculty.get(`/pathways/${slug}/findings`)).body.findings[0]
    const before = (await as.abe_instructor.get('/inbox')).body
    const assigned = await as.faculty.post(`/pathways/${slug}/findings/decisions`, { fingerprint: finding.fingerprint, decision: 'assigned', assigneeId: users.abe_instructor.id, dueOn: '2099-03-01' })
    expect(assigned.status, JSON.stringify(assigned.body)).toBe(201)
    const inbox = (await as.abe_instructor.get('/inbox')).body
    expect(inbox.unread).toBe(before.unread + 1)
    const item = inbox.items.find((i: { source: string }) => i.source === 'assignment')
    expect(item).toMatchObject({ from: 'Test faculty', read: false, link: { kind: 'finding', fingerprint: finding.fingerprint, pathwaySlug: slug } })
    expect(item.excerpt).toContain('due 2099-03-01')
    expect((await as.abe_instructor.post('/inbox/read', { keys: [item.key] })).body.unread).toBe(before.unread)
    // Assigning oneself is no news; a withdrawn assignment leaves the inbox.
    await as.faculty.post(`/pathways/${slug}/findings/decisions`, { fingerprint: finding.fingerprint, decision: 'assigned', assigneeId: users.faculty.id, dueOn: '2099-03-01' })
    expect((await as.faculty.get('/inbox')).body.items.filter((i: { source: string }) => i.source === 'assignment')).toEqual([])
    expect((await as.abe_instructor.get('/inbox')).body.items.filter((i: { source: string }) => i.source === 'assignment')).toEqual([])
  })

  it('refuses a read request that is neither keys nor all with 422', async () => {
    const answer = await world.accounts.as.viewer.post('/inbox/read', { keys: [] })
    expect(answer.status).toBe(422)
  })
})
