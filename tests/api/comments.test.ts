// Comments: threads on every kind of target, replies, edits and deletes of one's own, resolving, the 422s of bad
// bodies and mentions (each writing nothing), and the audit trail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { docFromText } from '../../shared/schemas/rich-text'
import { MAX_COMMENT_CHARS } from '../../shared/schemas/comment'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { buildWorld, expectRefusedUnchanged, snapshot, type World } from './authorisation-support'

describe.each(testDialects)('comments on %s', (dialect) => {
  let test: TestDb
  let world: World
  let moduleTarget: { kind: 'module'; id: number }
  beforeAll(async () => {
    test = await createTestDb(dialect)
    world = await buildWorld(test.db)
    moduleTarget = { kind: 'module', id: world.modules.own.id }
  })
  afterAll(() => test.destroy())

  const as = (role: 'admin' | 'faculty' | 'viewer' | 'employer' | 'abe_instructor') => world.accounts.as[role]
  const nameOf = (role: string) => `Test ${role}`

  it('opens a thread, replies, and lists threads oldest first with authors, mentions and who wrote what', async () => {
    const opened = await as('faculty').post('/comments', { ...moduleTarget, body: `Please check the hours, @${nameOf('viewer')}`, mentions: [world.accounts.users.viewer.id] })
    expect(opened.status).toBe(201)
    expect(opened.body.comments).toHaveLength(1)
    expect(opened.body.comments[0]).toMatchObject({
      author: { id: world.accounts.users.faculty.id, name: nameOf('faculty') },
      body: `Please check the hours, @${nameOf('viewer')}`,
      mentions: [{ id: world.accounts.users.viewer.id, name: nameOf('viewer') }],
      mine: true, deleted: false, editedAt: null,
    })
    const reply = await as('viewer').post(`/comments/threads/${opened.body.id}/replies`, { body: 'Done: 40 hours.' })
    expect(reply.status).toBe(201)
    expect(reply.body.comments.map((c: { body: string }) => c.body)).toEqual([`Please check the hours, @${nameOf('viewer')}`, 'Done: 40 hours.'])
    const listed = await as('viewer').get(`/comments?kind=module&id=${moduleTarget.id}`)
    expect(listed.status).toBe(200)
    expect(listed.body.target).toMatchObject({ kind: 'module', id: moduleTarget.id })
    expect(listed.body.items).toHaveLength(1)
    expect(listed.body.items[0].comments.map((c: { mine: boolean }) => c.mine)).toEqual([false, true])
  })

  it('comments on outcomes, competencies, pathways and findings, each target its own threads', async () => {
    const module = (await as('faculty').post('/modules', {
      code: 'CMT-1', title: 'Commented module', level: 'adult', kind: 'occupational', outcomes: [{ content: docFromText('Reads a caliper') }],
    })).body
    const targets = [
      { kind: 'outcome', id: module.outcomes[0].id },
      { kind: 'competency', id: world.frameworks.own.competencies[0]!.id },
      { kind: 'pathway', id: world.pathways.own.id },
      { kind: 'finding', id: world.pathways.own.id, fingerprint: 'uncovered:competency:12' },
      { kind: 'finding', id: world.pathways.own.id, fingerprint: 'uncovered:competency:13' },
    ]
    for (const target of targets) expect((await as('employer').post('/comments', { ...target, body: `On ${target.kind}` })).status).toBe(201)
    const finding = await as('admin').get(`/comments?kind=finding&id=${world.pathways.own.id}&fingerprint=uncovered:competency:12`)
    expect(finding.body.items).toHaveLength(1)
    expect((await as('admin').get(`/comments?kind=pathway&id=${world.pathways.own.id}`)).body.items).toHaveLength(1)
    const counts = await as('viewer').post('/comments/counts', { targets })
    expect(counts.status).toBe(200)
    expect(counts.body.items.map((i: { count: number }) => i.count)).toEqual([1, 1, 1, 1, 1])
    const none = await as('viewer').post('/comments/counts', { targets: [{ kind: 'finding', id: world.pathways.own.id, fingerprint: 'never:commented' }] })
    expect(none.body.items[0].count).toBe(0)
  })

  it('takes a rich-text body checked by the shared editor schema, and refuses HTML-bearing or invalid documents', async () => {
    const rich = await as('faculty').post('/comments', { ...moduleTarget, body: docFromText('Rich **words**') })
    expect(rich.status).toBe(201)
    expect(rich.body.comments[0].body).toMatchObject({ type: 'doc' })
    const bad = await expectRefusedUnchanged(test.db, 'unknown node', () =>
      as('faculty').post('/comments', { ...moduleTarget, body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'x' }] }] } }))
    expect(bad.status).toBe(422)
    expect(bad.body.error.message).toMatch(/body/)
    const link = await expectRefusedUnchanged(test.db, 'javascript link', () => as('faculty').post('/comments', {
      ...moduleTarget,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] },
    }))
    expect(link.status).toBe(422)
  })

  it('refuses empty and over-limit bodies with 422 naming the field, writing nothing', async () => {
    const opened = (await as('faculty').post('/comments', { ...moduleTarget, body: 'Kept' })).body
    const cases: [string, () => ReturnType<ReturnType<typeof as>['post']>][] = [
      ['empty text', () => as('faculty').post('/comments', { ...moduleTarget, body: '   ' })],
      ['long text', () => as('faculty').post('/comments', { ...moduleTarget, body: 'x'.repeat(MAX_COMMENT_CHARS + 1) })],
      ['empty document', () => as('faculty').post('/comments', { ...moduleTarget, body: { type: 'doc', content: [{ type: 'paragraph' }] } })],
      ['long document', () => as('faculty').post('/comments', { ...moduleTarget, body: docFromText('y'.repeat(MAX_COMMENT_CHARS + 1)) })],
      ['HTML string is text, but empty reply', () => as('faculty').post(`/comments/threads/${opened.id}/replies`, { body: '' })],
      ['empty edit', () => as('faculty').patch(`/comments/${opened.comments[0].id}`, { body: '' })],
      ['no body', () => as('faculty').post('/comments', { ...moduleTarget })],
      ['finding without fingerprint', () => as('faculty').post('/comments', { kind: 'finding', id: world.pathways.own.id, body: 'x' })],
    ]
    for (const [label, request] of cases) {
      const answer = await expectRefusedUnchanged(test.db, label, request)
      expect(answer.status, label).toBe(422)
      expect(answer.body.error.message, label).toMatch(/body|fingerprint/)
    }
  })

  it('stores an HTML-looking plain-text body as text, never as markup', async () => {
    const opened = await as('faculty').post('/comments', { ...moduleTarget, body: '<img src=x onerror=alert(1)>' })
    expect(opened.status).toBe(201)
    expect(opened.body.comments[0].body).toBe('<img src=x onerror=alert(1)>')
  })

  it('lets authors edit their own comment only, and marks it edited', async () => {
    const opened = (await as('faculty').post('/comments', { ...moduleTarget, body: 'First words' })).body
    const id = opened.comments[0].id
    const refused = await expectRefusedUnchanged(test.db, 'someone else edits', () => as('admin').patch(`/comments/${id}`, { body: 'Mine now' }))
    expect(refused.status).toBe(403)
    const edited = await as('faculty').patch(`/comments/${id}`, { body: 'Better words' })
    expect(edited.status).toBe(200)
    expect(edited.body.comments[0]).toMatchObject({ body: 'Better words', editedAt: expect.any(String) })
  })

  it('deletes a lone comment with its thread, and leaves a placeholder for an opening comment with replies', async () => {
    const lone = (await as('faculty').post('/comments', { ...moduleTarget, body: 'Soon gone' })).body
    expect((await as('viewer').delete(`/comments/${lone.comments[0].id}`)).status).toBe(403)
    const gone = await as('faculty').delete(`/comments/${lone.comments[0].id}`)
    expect(gone.status).toBe(200)
    expect(gone.body.thread).toBeNull()
    expect(await test.db.selectFrom('comment_threads').select('id').where('id', '=', lone.id).executeTakeFirst()).toBeUndefined()

    const talked = (await as('faculty').post('/comments', { ...moduleTarget, body: `Ask @${nameOf('viewer')}`, mentions: [world.accounts.users.viewer.id] })).body
    await as('viewer').post(`/comments/threads/${talked.id}/replies`, { body: 'Answered' })
    const placeholder = await as('faculty').delete(`/comments/${talked.comments[0].id}`)
    expect(placeholder.body.thread.comments[0]).toMatchObject({ deleted: true, body: null, mentions: [] })
    expect(placeholder.body.thread.comments[1].body).toBe('Answered')
    const stored = await test.db.selectFrom('comments').select(['body', 'deletedAt']).where('id', '=', talked.comments[0].id).executeTakeFirstOrThrow()
    expect(stored.body).toBe('')
    expect((await as('faculty').patch(`/comments/${talked.comments[0].id}`, { body: 'Back' })).status).toBe(409)
    // An admin may delete anyone's comment; the last live comment takes the thread and its placeholder with it.
    const last = await as('admin').delete(`/comments/${placeholder.body.thread.comments[1].id}`)
    expect(last.body.thread).toBeNull()
    expect(await test.db.selectFrom('comments').select('id').where('threadId', '=', talked.id).execute()).toEqual([])
  })

  it('resolves and reopens a thread, with who and when; a reply reopens it', async () => {
    const opened = (await as('faculty').post('/comments', { ...moduleTarget, body: 'Resolve me' })).body
    const resolved = await as('viewer').patch(`/comments/threads/${opened.id}`, { resolved: true })
    expect(resolved.status).toBe(200)
    expect(resolved.body.resolved).toMatchObject({ at: expect.any(String), by: { id: world.accounts.users.viewer.id, name: nameOf('viewer') } })
    expect((await as('faculty').patch(`/comments/threads/${opened.id}`, { resolved: false })).body.resolved).toBeNull()
    await as('faculty').patch(`/comments/threads/${opened.id}`, { resolved: true })
    const replied = await as('employer').post(`/comments/threads/${opened.id}/replies`, { body: 'Not quite' })
    expect(replied.body.resolved).toBeNull()
  })

  it('refuses mentions of people who do not exist, are listed twice, are not named in the body or are disabled', async () => {
    const viewer = world.accounts.users.viewer.id
    const cases: [string, unknown][] = [
      ['missing person', { ...moduleTarget, body: 'Hi @Nobody', mentions: [987654] }],
      ['twice', { ...moduleTarget, body: `Hi @${nameOf('viewer')}`, mentions: [viewer, viewer] }],
      ['not in the body', { ...moduleTarget, body: 'Hi there', mentions: [viewer] }],
      ['too many', { ...moduleTarget, body: 'Hi', mentions: Array.from({ length: 21 }, (_, i) => i + 1) }],
    ]
    const gone = await as('admin').post('/users', { email: 'gone@test.rungs', name: 'Gone Person', role: 'viewer', password: 'correct horse battery staple' })
    expect((await as('admin').patch(`/users/${gone.body.id}`, { disabled: true })).status).toBe(200)
    cases.push(['disabled', { ...moduleTarget, body: 'Hi @Gone Person', mentions: [gone.body.id] }])
    for (const [label, body] of cases) {
      const answer = await expectRefusedUnchanged(test.db, label, () => as('faculty').post('/comments', body))
      expect(answer.status, label).toBe(422)
      expect(answer.body.error.message, label).toMatch(/mentions/)
    }
  })

  it('audits every write in its own transaction', async () => {
    const opened = (await as('faculty').post('/comments', { ...moduleTarget, body: 'Audited words' })).body
    const id = opened.comments[0].id
    await as('faculty').patch(`/comments/${id}`, { body: 'Audited again' })
    await as('viewer').patch(`/comments/threads/${opened.id}`, { resolved: true })
    await as('faculty').delete(`/comments/${id}`)
    const trail = (await as('admin').get(`/audit?table=comments&rowId=${id}`)).body.items
    expect(trail.map((e: { action: string }) => e.action).sort()).toEqual(['create', 'delete', 'update'])
    expect(trail.find((e: { action: string }) => e.action === 'create').summary).toMatch(/^Commented on .*: Audited words$/)
    const threadTrail = (await as('admin').get(`/audit?table=comment_threads&rowId=${opened.id}`)).body.items
    expect(threadTrail[0]).toMatchObject({ action: 'update', userId: world.accounts.users.viewer.id })
    const before = await snapshot(test.db)
    expect((await as('faculty').delete(`/comments/${id}`)).status).toBe(404)
    expect(await snapshot(test.db)).toBe(before)
  })
})
