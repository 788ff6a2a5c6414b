// The approval workflow through the API: each transition and who may take it, refusals by state (409) and by
// input (422) that write nothing, and the public seeing the approved revision while a new draft is edited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOTE_LIMIT } from '../../shared/domain/workflow'
import { createUser } from '../../server/services/users'
import { createTestAccounts, signInOutsider, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makePathway } from '../support/factories'
import { rowCounts } from '../support/row-counts'

describe.each(testDialects)('approval workflow on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let outsider: ApiClient
  let slug: string
  let pathwayId: number
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    outsider = await signInOutsider(test.db, accounts, { name: 'Hillview Faculty' })
    // The college's viewers review (say, its department chair holds that role); admins always may.
    const set = await accounts.as.admin.put(`/organisations/${accounts.organisations.college}/reviewers`, { roles: ['viewer'], userIds: [] })
    expect(set.status).toBe(200)
    const pathway = await makePathway(test.db)
    slug = pathway.slug
    pathwayId = pathway.id
  })
  afterAll(() => test.destroy())

  const act = (who: ApiClient, id: number, body: object) => who.post(`/modules/${id}/workflow`, body)
  const newModule = async (code: string, title = `Module ${code}`) => {
    const created = await accounts.as.faculty.post('/modules', { code, title, level: 'postsecondary', kind: 'occupational' })
    expect(created.status).toBe(201)
    return created.body as { id: number; version: number }
  }

  it('takes a module from draft through review, a return with comments and a fix, to approved', async () => {
    const { faculty, viewer, abe_instructor: abe, anonymous } = accounts.as
    const module = await newModule('WF-101', 'CNC Safety')
    expect((await faculty.get(`/modules/${module.id}/workflow`)).body).toMatchObject({ state: 'draft', actions: ['submit', 'archive'], approvedVersion: null })

    const submitted = await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Added CNC safety' })
    expect(submitted.status).toBe(200)
    expect(submitted.body).toMatchObject({ state: 'review', request: { revision: 1, summary: 'Added CNC safety', submitterName: 'Test faculty' } })
    // The author may withdraw but not approve; the reviewer may approve or return.
    expect(submitted.body.actions).toEqual(['withdraw'])
    expect((await viewer.get(`/modules/${module.id}/workflow`)).body.actions).toEqual(['approve', 'return'])
    expect((await act(faculty, module.id, { action: 'approve' })).status).toBe(403)
    expect((await act(abe, module.id, { action: 'approve' })).status).toBe(403)
    // Another organisation cannot see a module never approved, so cannot act on it either.
    expect((await act(outsider, module.id, { action: 'approve' })).status).toBe(404)
    // Not editable while in review.
    const frozen = await faculty.patch(`/modules/${module.id}`, { version: 1, title: 'Changed under the reviewer' })
    expect(frozen.status).toBe(409)
    expect(frozen.body.error.message).toContain('in review')

    const returned = await act(viewer, module.id, { action: 'return', comment: 'Name the lockout steps' })
    expect(returned.status).toBe(200)
    expect(returned.body.state).toBe('draft')
    expect((await faculty.patch(`/modules/${module.id}`, { version: 1, title: 'CNC Safety and Lockout' })).status).toBe(200)
    expect((await act(faculty, module.id, { action: 'submit', version: 2, summary: 'Named the lockout steps' })).status).toBe(200)
    const approved = await act(viewer, module.id, { action: 'approve', comment: 'Thanks' })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ state: 'approved', approvedVersion: 2, request: null })
    expect(approved.body.timeline.map((e: { action: string; userName: string; note: string | null }) => [e.action, e.userName, e.note])).toEqual([
      ['submit', 'Test faculty', 'Added CNC safety'],
      ['return', 'Test viewer', 'Name the lockout steps'],
      ['submit', 'Test faculty', 'Named the lockout steps'],
      ['approve', 'Test viewer', 'Thanks'],
    ])
    const requests = await test.db.selectFrom('review_requests').select(['revision', 'state', 'comment']).where('entityId', '=', module.id).where('entity', '=', 'module').orderBy('id').execute()
    expect(requests).toEqual([{ revision: 1, state: 'returned', comment: 'Name the lockout steps' }, { revision: 2, state: 'approved', comment: 'Thanks' }])
    const audit = await accounts.as.admin.get(`/audit?table=modules&rowId=${module.id}`)
    expect(audit.body.items.map((e: { summary: string }) => e.summary)).toContain('Approved Module WF-101 (version 2): "Thanks"')
    // Anonymous readers see the state but no timeline and no one's name.
    const seen = await anonymous.get(`/modules/${module.id}/workflow`)
    expect(seen.body).toMatchObject({ state: 'approved', actions: [], timeline: [], request: null })
  })

  it('shows the public the approved revision while a new draft is edited, until the change is approved', async () => {
    const { faculty, viewer, anonymous } = accounts.as
    const module = await newModule('WF-201', 'Blueprint Reading')
    expect((await faculty.patch(`/pathways/${pathwayId}`, { version: 1, modules: [{ moduleId: module.id, stage: 1 }] })).status).toBe(200)
    expect((await anonymous.get(`/modules/${module.id}`)).status).toBe(404)
    expect((await act(faculty, module.id, { action: 'submit', version: 1, summary: 'First version' })).status).toBe(200)
    expect((await act(viewer, module.id, { action: 'approve' })).status).toBe(200)

    const edited = await faculty.patch(`/modules/${module.id}`, { version: 1, title: 'Blueprint Reading and GD&T', clockHours: 30 })
    expect(edited.status).toBe(200)
    expect(edited.body).toMatchObject({ status: 'draft', version: 2, approvedVersion: 1 })
    for (const reader of [anonymous, outsider]) {
      const read = (await reader.get(`/modules/${module.id}`)).body
      expect(read).toMatchObject({ title: 'Blueprint Reading', clockHours: null, status: 'approved', version: 1 })
      const road = (await reader.get(`/pathways/${slug}`)).body
      expect(road.stages[0].modules.map((m: { title: string }) => m.title)).toEqual(['Blueprint Reading'])
      expect((await reader.get('/modules?q=WF-201')).body.items.map((m: { title: string }) => m.title)).toEqual(['Blueprint Reading'])
      expect((await reader.get(`/modules/${module.id}/revisions`)).body.items.map((r: { version: number }) => r.version)).toEqual([1])
      expect((await reader.get(`/modules/${module.id}/revisions/2`)).status).toBe(404)
    }
    const publicWorkbook = await anonymous.get(`/exports/pathways/${slug}/curriculum.xlsx`)
    expect(publicWorkbook.status).toBe(200)
    expect((await faculty.get(`/modules/${module.id}`)).body.title).toBe('Blueprint Reading and GD&T')

    expect((await act(faculty, module.id, { action: 'submit', version: 2, summary: 'Added GD&T' })).status).toBe(200)
    expect((await anonymous.get(`/modules/${module.id}`)).body.title).toBe('Blueprint Reading')
    expect((await act(viewer, module.id, { action: 'approve' })).status).toBe(200)
    expect((await anonymous.get(`/modules/${module.id}`)).body).toMatchObject({ title: 'Blueprint Reading and GD&T', clockHours: 30, version: 2 })
    expect((await anonymous.get(`/pathways/${slug}`)).body.stages[0].modules[0].title).toBe('Blueprint Reading and GD&T')
  })

  it('refuses actions the state does not allow with 409 naming the state, and bad notes with 422, writing nothing', async () => {
    const { faculty, viewer } = accounts.as
    const module = await newModule('WF-301')
    const before = await rowCounts(test.db)
    const early = await act(viewer, module.id, { action: 'approve' })
    expect(early.status).toBe(409)
    expect(early.body.error.message).toContain('is draft')
    expect(early.body.error.details).toEqual({ state: 'draft' })
    expect((await act(faculty, module.id, { action: 'reopen' })).status).toBe(409)
    for (const summary of ['', '   ', 'x'.repeat(NOTE_LIMIT + 1)]) {
      const refused = await act(faculty, module.id, { action: 'submit', version: 1, summary })
      expect(refused.status).toBe(422)
      expect(refused.body.error.message).toContain('summary')
    }
    expect((await act(faculty, module.id, { action: 'submit', summary: 'No version' })).status).toBe(422)
    expect((await act(faculty, module.id, { action: 'publish' })).status).toBe(422)
    expect((await act(faculty, module.id, { action: 'submit', version: 7, summary: 'Stale' })).status).toBe(409)
    expect(await rowCounts(test.db)).toEqual(before)

    expect((await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Ready' })).status).toBe(200)
    const again = await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Ready again' })
    expect(again.status).toBe(409)
    expect(again.body.error.message).toContain('in review')
    for (const comment of [undefined, '', 'x'.repeat(NOTE_LIMIT + 1)]) {
      expect((await act(viewer, module.id, { action: 'return', comment })).status).toBe(422)
    }
    expect((await act(viewer, module.id, { action: 'approve', comment: 'x'.repeat(NOTE_LIMIT + 1) })).status).toBe(422)
    expect((await test.db.selectFrom('modules').select('status').where('id', '=', module.id).executeTakeFirstOrThrow()).status).toBe('review')
  })

  it('refuses a status set by editing, and archives and reopens through actions', async () => {
    const { faculty, viewer, anonymous } = accounts.as
    const refusedNew = await faculty.post('/modules', { code: 'WF-401', title: 'Sneaky', level: 'adult', kind: 'occupational', status: 'approved' })
    expect(refusedNew.status).toBe(422)
    expect(refusedNew.body.error.message).toContain('status')
    const module = await newModule('WF-402')
    const refused = await faculty.patch(`/modules/${module.id}`, { version: 1, status: 'approved' })
    expect(refused.status).toBe(422)
    expect(refused.body.error.message).toContain('workflow actions')
    expect((await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Ready' })).status).toBe(200)
    expect((await act(faculty, module.id, { action: 'withdraw' })).status).toBe(200)
    expect((await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Ready now' })).status).toBe(200)
    expect((await act(viewer, module.id, { action: 'approve' })).status).toBe(200)
    // Only its editors archive; an archived module is reopened before it is edited, and stays public meanwhile.
    expect((await act(viewer, module.id, { action: 'archive' })).status).toBe(403)
    expect((await act(faculty, module.id, { action: 'archive' })).body.state).toBe('archived')
    expect((await faculty.patch(`/modules/${module.id}`, { version: 1, title: 'Edited' })).status).toBe(409)
    expect((await anonymous.get(`/modules/${module.id}`)).status).toBe(200)
    expect((await act(faculty, module.id, { action: 'reopen' })).body.state).toBe('draft')
    expect((await faculty.patch(`/modules/${module.id}`, { version: 1, title: 'Edited' })).status).toBe(200)
  })

  it('lets admins choose reviewers among the people of the organisation, and named reviewers decide', async () => {
    const { admin, faculty, abe_instructor: abe } = accounts.as
    const other = await createUser(test.db, null, { email: 'x@hillview.test', name: 'Hillview Chair', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other })
    const refused = await admin.put(`/organisations/${accounts.organisations.college}/reviewers`, { roles: [], userIds: [other.id] })
    expect(refused.status).toBe(422)
    expect(refused.body.error.details).toEqual({ field: 'userIds.0' })
    expect((await admin.put(`/organisations/${accounts.organisations.college}/reviewers`, { roles: ['viewer', 'viewer'], userIds: [] })).status).toBe(422)
    expect((await admin.put('/organisations/987654/reviewers', { roles: [], userIds: [] })).status).toBe(404)
    const named = await admin.put(`/organisations/${accounts.organisations.college}/reviewers`, { roles: ['viewer'], userIds: [accounts.users.abe_instructor.id] })
    expect(named.body).toMatchObject({ roles: ['viewer'], people: [{ id: accounts.users.abe_instructor.id, name: 'Test abe_instructor', email: accounts.users.abe_instructor.email }] })
    expect((await admin.get(`/organisations/${accounts.organisations.college}/reviewers`)).body).toEqual(named.body)
    // The people the page offers to name: the organisation's active members, by name.
    const members = named.body.members.map((m: { name: string }) => m.name)
    expect(members).toEqual([...members].sort())
    expect(members).toEqual(expect.arrayContaining(['Test abe_instructor', 'Test faculty', 'Test viewer']))
    expect(members).not.toContain('Hillview Chair')
    const leaving = await createUser(test.db, null, { email: 'gone@college.test', name: 'Gone Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.college })
    expect((await admin.patch(`/users/${leaving.id}`, { disabled: true })).status).toBe(200)
    expect((await admin.get(`/organisations/${accounts.organisations.college}/reviewers`)).body.members.map((m: { id: number }) => m.id)).not.toContain(leaving.id)
    const disabled = await admin.put(`/organisations/${accounts.organisations.college}/reviewers`, { roles: [], userIds: [accounts.users.abe_instructor.id, leaving.id] })
    expect(disabled.status).toBe(422)
    expect(disabled.body.error.details).toEqual({ field: 'userIds.1' })

    const module = await newModule('WF-501')
    expect((await act(faculty, module.id, { action: 'submit', version: 1, summary: 'Ready' })).status).toBe(200)
    expect((await act(abe, module.id, { action: 'approve' })).status).toBe(200)
  })

  it('takes a pathway through review; an approved pathway edited again becomes a draft', async () => {
    const { faculty, viewer, anonymous } = accounts.as
    const created = await faculty.post('/pathways', { slug: 'wf-ladder', title: 'Workflow ladder', sector: 'Manufacturing' })
    expect(created.status).toBe(201)
    const id = created.body.id
    expect((await anonymous.get('/pathways/wf-ladder/workflow')).body).toMatchObject({ state: 'draft', timeline: [] })
    const submit = await faculty.post(`/pathways/${id}/workflow`, { action: 'submit', version: 1, summary: 'New ladder' })
    expect(submit.status).toBe(200)
    expect((await faculty.patch(`/pathways/${id}`, { version: 1, title: 'Renamed' })).status).toBe(409)
    expect((await faculty.post(`/pathways/${id}/workflow`, { action: 'approve' })).status).toBe(403)
    expect((await viewer.post(`/pathways/${id}/workflow`, { action: 'approve' })).body).toMatchObject({ state: 'approved', approvedVersion: 1 })
    expect((await outsider.post(`/pathways/${id}/workflow`, { action: 'archive' })).status).toBe(403)
    expect((await faculty.patch(`/pathways/${id}`, { version: 1, title: 'Renamed' })).status).toBe(200)
    expect((await faculty.get('/pathways/wf-ladder/workflow')).body).toMatchObject({ state: 'draft', version: 2, approvedVersion: 1 })
  })
})
