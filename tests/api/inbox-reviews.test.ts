// Review requests in the inbox: each person who may approve or return a submitted module or pathway sees one item
// (author, summary, link), counted as new, until it is decided or withdrawn; the author, people who do not
// review, and people who may not see the row never get it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

type Item = { key: string; source: string; from: string | null; title: string; excerpt: string; link: Record<string, unknown> }

describe.each(testDialects)('review requests in the inbox on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  // A viewer of the other organisation, where viewers review too: a reviewer, but not of the college's rows.
  let hillviewViewer: ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const { admin } = accounts.as
    const { college, other } = accounts.organisations
    await createUser(test.db, null, { email: 'viewer@hillview.test', name: 'Hillview viewer', password: TEST_PASSWORD, role: 'viewer', organisationId: other })
    hillviewViewer = apiClient(test.db, { cookie: await signInCookie(test.db, 'viewer@hillview.test', TEST_PASSWORD) })
    expect((await admin.put(`/organisations/${college}/reviewers`, { roles: ['viewer'], userIds: [accounts.users.abe_instructor.id] })).status).toBe(200)
    expect((await admin.put(`/organisations/${other}/reviewers`, { roles: ['viewer'], userIds: [] })).status).toBe(200)
  })
  afterAll(() => test.destroy())

  const reviewsOf = async (who: ApiClient): Promise<Item[]> => {
    const inbox = await who.get('/inbox')
    expect(inbox.status).toBe(200)
    return inbox.body.items.filter((i: Item) => i.source === 'review_request')
  }
  const newModule = async (code: string) => {
    const created = await accounts.as.faculty.post('/modules', { code, title: `Title of ${code}`, level: 'postsecondary', kind: 'occupational' })
    expect(created.status).toBe(201)
    return created.body.id as number
  }
  const act = (who: ApiClient, id: number, body: object) => who.post(`/modules/${id}/workflow`, body)

  it('shows each reviewer a submitted module until it is returned, and again when resubmitted until approved', async () => {
    const { faculty, viewer, abe_instructor: abe, admin, employer } = accounts.as
    const id = await newModule('RQ-101')
    const before = (await viewer.get('/inbox/unread')).body.unread
    expect((await act(faculty, id, { action: 'submit', version: 1, summary: 'Added the lockout steps' })).status).toBe(200)

    for (const reviewer of [viewer, abe, admin]) {
      const items = await reviewsOf(reviewer)
      expect(items).toHaveLength(1)
      expect(items[0]).toMatchObject({ from: 'Test faculty', title: 'RQ-101 Title of RQ-101', excerpt: 'Added the lockout steps', link: { kind: 'module', id, moduleId: id } })
    }
    expect((await viewer.get('/inbox/unread')).body.unread).toBe(before + 1)
    // The author, a member who does not review, and a reviewer of another organisation (who may not see this
    // draft) get nothing.
    for (const other of [faculty, employer, hillviewViewer]) expect(await reviewsOf(other)).toEqual([])

    const [first] = await reviewsOf(viewer)
    expect((await viewer.post('/inbox/read', { keys: [first!.key] })).body.unread).toBe(before)
    expect((await act(abe, id, { action: 'return', comment: 'Name the tools' })).status).toBe(200)
    for (const reviewer of [viewer, abe, admin]) expect(await reviewsOf(reviewer)).toEqual([])

    expect((await act(faculty, id, { action: 'submit', version: 1, summary: 'Named the tools' })).status).toBe(200)
    const [again] = await reviewsOf(viewer)
    expect(again).toMatchObject({ excerpt: 'Named the tools' })
    expect(again!.key).not.toBe(first!.key)
    expect((await viewer.get('/inbox/unread')).body.unread).toBe(before + 1)
    expect((await act(viewer, id, { action: 'approve' })).status).toBe(200)
    for (const reviewer of [viewer, abe, admin]) expect(await reviewsOf(reviewer)).toEqual([])
    expect((await viewer.get('/inbox/unread')).body.unread).toBe(before)
  })

  it('drops the item of a withdrawn submission, and lists a pathway in review with its address', async () => {
    const { faculty, viewer } = accounts.as
    const id = await newModule('RQ-201')
    expect((await act(faculty, id, { action: 'submit', version: 1, summary: 'Ready' })).status).toBe(200)
    expect(await reviewsOf(viewer)).toHaveLength(1)
    expect((await act(faculty, id, { action: 'withdraw' })).status).toBe(200)
    expect(await reviewsOf(viewer)).toEqual([])

    const pathway = await faculty.post('/pathways', { slug: 'rq-ladder', title: 'Review ladder', sector: 'Manufacturing' })
    expect(pathway.status).toBe(201)
    expect((await faculty.post(`/pathways/${pathway.body.id}/workflow`, { action: 'submit', version: 1, summary: 'New ladder' })).status).toBe(200)
    expect(await reviewsOf(viewer)).toEqual([
      expect.objectContaining({ title: 'Review ladder', excerpt: 'New ladder', link: expect.objectContaining({ kind: 'pathway', id: pathway.body.id, pathwaySlug: 'rq-ladder' }) }),
    ])
    expect(await reviewsOf(hillviewViewer)).toEqual([])
    expect((await viewer.post(`/pathways/${pathway.body.id}/workflow`, { action: 'approve' })).status).toBe(200)
    expect(await reviewsOf(viewer)).toEqual([])
  })

  it('never gives the item to a named reviewer who moved to another organisation and may no longer see the draft', async () => {
    const { admin, faculty, abe_instructor: abe } = accounts.as
    const id = await newModule('RQ-301')
    expect((await act(faculty, id, { action: 'submit', version: 1, summary: 'Ready' })).status).toBe(200)
    expect(await reviewsOf(abe)).toHaveLength(1)
    const moved = await admin.patch(`/users/${accounts.users.abe_instructor.id}`, { organisationId: accounts.organisations.other })
    expect(moved.status).toBe(200)
    expect((await abe.get(`/modules/${id}`)).status).toBe(404)
    expect(await reviewsOf(abe)).toEqual([])
    expect((await abe.post('/inbox/read', { all: true })).status).toBe(200)
    expect(await test.db.selectFrom('inbox_reads').select('itemKey').where('itemKey', 'like', 'review:%').where('userId', '=', accounts.users.abe_instructor.id).execute()).toEqual([])
    expect((await admin.patch(`/users/${accounts.users.abe_instructor.id}`, { organisationId: accounts.organisations.college })).status).toBe(200)
    expect(await reviewsOf(abe)).toHaveLength(1)
  })
})
