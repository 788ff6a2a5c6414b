// Walks every route of the app, as every role and with no session, and checks who may use it. The routes come
// from the app itself, so a new route without an entry here fails the first test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROLES, type Role } from '../../shared/domain/permissions'
import { docFromText } from '../../shared/schemas/rich-text'
import { createApp } from '../../server/app'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeCredential, makeFramework, makeModule, makePathway } from '../support/factories'
import { approveModule } from '../support/workflow'

type Access = 'public' | readonly Role[]
const AUTHORS: readonly Role[] = ['admin', 'faculty']
// Also frameworks and their items: ABE instructors write basic-skills standards (the kind is checked on the row).
const MODULE_AUTHORS: readonly Role[] = ['admin', 'faculty', 'abe_instructor']
const ADMIN: readonly Role[] = ['admin']
// Comments and the inbox: every signed-in member, never an anonymous reader.
const MEMBERS: readonly Role[] = ROLES

// Who may use each route. Reads of the catalogue are public unless the instance is private.
const EXPECTED: Record<string, Access> = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'GET /api/docs': 'public',
  'GET /api/ready': 'public',
  'POST /api/auth/login': 'public',
  'POST /api/auth/logout': 'public',
  'GET /api/auth/me': 'public',
  'GET /api/users': ADMIN,
  'POST /api/users': ADMIN,
  'GET /api/users/:id': ADMIN,
  'PATCH /api/users/:id': ADMIN,
  'GET /api/users/:id/tokens': ADMIN,
  'DELETE /api/users/:id/tokens/:tokenId': ADMIN,
  'GET /api/organisations': 'public',
  'POST /api/organisations': ADMIN,
  'GET /api/organisations/:id/reviewers': ADMIN,
  'PUT /api/organisations/:id/reviewers': ADMIN,
  'GET /api/audit': ADMIN,
  'GET /api/frameworks': 'public',
  'POST /api/frameworks': AUTHORS,
  'GET /api/frameworks/:id': 'public',
  'GET /api/frameworks/:id/tree': 'public',
  'PATCH /api/frameworks/:id': MODULE_AUTHORS,
  'DELETE /api/frameworks/:id': MODULE_AUTHORS,
  'POST /api/frameworks/:id/merge/preview': AUTHORS,
  'POST /api/frameworks/:id/merge': AUTHORS,
  'GET /api/bridges/plan': 'public',
  'POST /api/bridges': MODULE_AUTHORS,
  'GET /api/modules/:id/coverage': 'public',
  'PUT /api/levels': ADMIN,
  'GET /api/frameworks/:id/requirements': 'public',
  'GET /api/competencies/:id/requirements': 'public',
  'POST /api/competency-links/requirements': MODULE_AUTHORS,
  'GET /api/levels': 'public',
  'GET /api/competencies': 'public',
  'POST /api/competencies': MODULE_AUTHORS,
  'GET /api/competencies/:id': 'public',
  'PATCH /api/competencies/:id': MODULE_AUTHORS,
  'POST /api/competencies/:id/move': MODULE_AUTHORS,
  'DELETE /api/competencies/:id': MODULE_AUTHORS,
  'POST /api/competencies/:id/merge/preview': AUTHORS,
  'POST /api/competencies/:id/merge': AUTHORS,
  'GET /api/competency-links': 'public',
  'POST /api/competency-links': MODULE_AUTHORS,
  'GET /api/competency-links/:id': 'public',
  'PATCH /api/competency-links/:id': MODULE_AUTHORS,
  'DELETE /api/competency-links/:id': MODULE_AUTHORS,
  'GET /api/crosswalks': 'public',
  'POST /api/crosswalks/decisions': AUTHORS,
  'GET /api/modules': 'public',
  'POST /api/modules': MODULE_AUTHORS,
  'GET /api/modules/:id': 'public',
  'PATCH /api/modules/:id': MODULE_AUTHORS,
  'DELETE /api/modules/:id': MODULE_AUTHORS,
  'GET /api/modules/:id/history': 'public',
  'GET /api/modules/:id/workflow': 'public',
  // Any signed-in person may ask; whether they may act depends on the module (its editors, its reviewers).
  'POST /api/modules/:id/workflow': ROLES,
  'GET /api/modules/:id/revisions': 'public',
  'GET /api/modules/:id/revisions/compare': 'public',
  'GET /api/modules/:id/revisions/:version': 'public',
  'POST /api/modules/:id/revisions/:version/restore': MODULE_AUTHORS,
  'GET /api/credentials': 'public',
  'POST /api/credentials': AUTHORS,
  'GET /api/credentials/:id': 'public',
  'PATCH /api/credentials/:id': AUTHORS,
  'DELETE /api/credentials/:id': AUTHORS,
  'GET /api/articulations': 'public',
  'POST /api/articulations': AUTHORS,
  'GET /api/articulations/:id': 'public',
  'PATCH /api/articulations/:id': AUTHORS,
  'DELETE /api/articulations/:id': AUTHORS,
  'GET /api/pathways': 'public',
  'POST /api/pathways': AUTHORS,
  'GET /api/pathways/:slug': 'public',
  'PATCH /api/pathways/:id': AUTHORS,
  'DELETE /api/pathways/:id': AUTHORS,
  'GET /api/pathways/:slug/workflow': 'public',
  'POST /api/pathways/:id/workflow': ROLES,
  'POST /api/imports/preview': AUTHORS,
  'POST /api/imports/commit': AUTHORS,
  'GET /api/import-jobs/:id': AUTHORS,
  'GET /api/exports/frameworks/:id/case': 'public',
  'GET /api/exports/frameworks/:id/xlsx': 'public',
  'GET /api/exports/pathways/:slug/curriculum.xlsx': 'public',
  'POST /api/imports/curriculum/:slug/preview': AUTHORS,
  'POST /api/imports/curriculum/:slug/commit': AUTHORS,
  'GET /api/pathways/:slug/package': MEMBERS,
  'POST /api/packages/preview': AUTHORS,
  'POST /api/packages/commit': AUTHORS,
  // The short link to a public road map (outside /api).
  'GET /r/:id': 'public',
  'GET /ims/case/v1p0/CFDocuments': 'public',
  'GET /ims/case/v1p0/CFDocuments/:id': 'public',
  'GET /ims/case/v1p0/CFPackages/:id': 'public',
  'GET /ims/case/v1p0/CFItems/:id': 'public',
  'GET /ims/case/v1p0/CFAssociations/:id': 'public',
  'GET /ims/case/v1p0/CFItemAssociations/:id': 'public',
  'GET /ims/case/v1p1/CFDocuments': 'public',
  'GET /ims/case/v1p1/CFDocuments/:id': 'public',
  'GET /ims/case/v1p1/CFPackages/:id': 'public',
  'GET /ims/case/v1p1/CFItems/:id': 'public',
  'GET /ims/case/v1p1/CFAssociations/:id': 'public',
  'GET /ims/case/v1p1/CFItemAssociations/:id': 'public',
  'GET /api/pathways/:slug/campaigns': AUTHORS,
  'POST /api/pathways/:slug/campaigns': AUTHORS,
  'GET /api/campaigns/:id': AUTHORS,
  'PATCH /api/campaigns/:id': AUTHORS,
  'DELETE /api/campaigns/:id': AUTHORS,
  'POST /api/campaigns/:id/invites': AUTHORS,
  'POST /api/campaigns/:id/invites/:inviteId/revoke': AUTHORS,
  'POST /api/campaigns/:id/invites/:inviteId/link': AUTHORS,
  'POST /api/campaigns/:id/reminders': AUTHORS,
  'GET /api/campaigns/:id/results': AUTHORS,
  'GET /api/campaigns/:id/results.xlsx': AUTHORS,
  'POST /api/campaigns/:id/suggestions/:suggestionId/accept': AUTHORS,
  'POST /api/campaigns/:id/suggestions/:suggestionId/decline': AUTHORS,
  'POST /api/campaigns/:id/close': AUTHORS,
  'POST /api/campaigns/:id/reopen': AUTHORS,
  'GET /api/review/:token': 'public',
  'PUT /api/review/:token/ratings/:competencyId': 'public',
  'POST /api/review/:token/suggestions': 'public',
  'POST /api/review/:token/submit': 'public',
  'GET /api/my/invitations': ['employer'],
  'GET /api/my/invitations/:id': ['employer'],
  'PUT /api/my/invitations/:id/ratings/:competencyId': ['employer'],
  'POST /api/my/invitations/:id/suggestions': ['employer'],
  'POST /api/my/invitations/:id/submit': ['employer'],
  'GET /api/pathways/:slug/findings': MEMBERS,
  'GET /api/pathways/:slug/matrix': 'public',
  'GET /api/pathways/:slug/ctdl': 'public',
  'GET /api/pathways/:slug/ctdl/progression-model': 'public',
  'GET /api/frameworks/:id/ctdl': 'public',
  'GET /api/ctdl/publishing': MEMBERS,
  'POST /api/pathways/:slug/ctdl/publish': AUTHORS,
  'GET /api/pathways/:slug/export': MEMBERS,
  'GET /api/pathways/:slug/export/check': MEMBERS,
  // Decisions on findings name people, so members read them; people who may edit the pathway take them.
  'GET /api/pathways/:slug/findings/decisions': MEMBERS,
  'POST /api/pathways/:slug/findings/decisions': AUTHORS,
  'POST /api/pathways/:slug/placements': MODULE_AUTHORS,
  'GET /api/pathways/:slug/placement-proposals': AUTHORS,
  'POST /api/pathways/:slug/placement-proposals/:id/approve': AUTHORS,
  'POST /api/pathways/:slug/placement-proposals/:id/decline': AUTHORS,
  'DELETE /api/pathways/:slug/findings/decisions/:id': AUTHORS,
  'GET /api/comments': MEMBERS,
  'POST /api/comments': MEMBERS,
  'POST /api/comments/counts': MEMBERS,
  'GET /api/comments/people': MEMBERS,
  'POST /api/comments/threads/:id/replies': MEMBERS,
  'PATCH /api/comments/threads/:id': MEMBERS,
  'PATCH /api/comments/:id': MEMBERS,
  'DELETE /api/comments/:id': MEMBERS,
  'GET /api/modules/:id/used-by': 'public',
  'GET /api/competencies/:id/used-by': 'public',
  'GET /api/credentials/:id/used-by': 'public',
  'POST /api/impact': MODULE_AUTHORS,
  'GET /api/inbox': MEMBERS,
  'GET /api/inbox/unread': MEMBERS,
  'POST /api/inbox/read': MEMBERS,
  'GET /api/my/tokens': MEMBERS,
  'POST /api/my/tokens': MEMBERS,
  'DELETE /api/my/tokens/:id': MEMBERS,
  'GET /api/occupations': 'public',
  'GET /api/occupations/:soc': 'public',
  'GET /api/local-wages': 'public',
  'POST /api/local-wages': AUTHORS,
  'GET /api/local-wages/:id': 'public',
  'PATCH /api/local-wages/:id': AUTHORS,
  'DELETE /api/local-wages/:id': AUTHORS,
  'POST /api/imports/local-wages/preview': AUTHORS,
  'POST /api/imports/local-wages/commit': AUTHORS,
  'GET /api/pathways/:slug/outcomes': 'public',
  'GET /api/exports/pathways/:slug/outcomes.xlsx': 'public',
  'GET /api/modules/:id/outcomes': 'public',
  'PUT /api/modules/:id/outcomes/:term': MODULE_AUTHORS,
  'DELETE /api/modules/:id/outcomes/:term': MODULE_AUTHORS,
  'GET /api/credentials/:id/outcomes': 'public',
  'PUT /api/credentials/:id/outcomes/:term': AUTHORS,
  'DELETE /api/credentials/:id/outcomes/:term': AUTHORS,
  'POST /api/imports/outcomes/preview': MODULE_AUTHORS,
  'POST /api/imports/outcomes/commit': MODULE_AUTHORS,
  // Suggested alignments: read by whoever may see the outcome or module, dismissed by whoever may edit it.
  'GET /api/outcomes/:id/suggestions': 'public',
  'POST /api/outcomes/:id/suggestions/dismiss': MODULE_AUTHORS,
  'GET /api/modules/:id/suggestions': 'public',
  'POST /api/modules/:id/suggestions/dismiss': MODULE_AUTHORS,
  'GET /api/bridges/:id/suggestions': 'public',
}

const routesOfApp = () => {
  const app = createApp({ db: undefined as never })
  const keys = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`)
  return [...new Set(keys)].sort()
}

const MISSING = 987654

describe.each(testDialects)('authorisation of every route on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let params: Record<string, string>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    const { framework, competencies } = await makeFramework(test.db)
    const module = await makeModule(test.db, { status: 'approved' })
    const pathway = await makePathway(test.db)
    await makeCredential(test.db)
    params = {
      id: String(framework.id),
      slug: pathway.slug,
      version: '1',
      competency: String(competencies[0]!.id),
      module: String(module.id),
    }
  })
  afterAll(() => test.destroy())

  it('has an expectation for every route the app serves, and no stale ones', () => {
    expect(routesOfApp()).toEqual(Object.keys(EXPECTED).sort())
  })

  // Reads use rows that exist (answering 200 or 404 to whoever may see them); writes use a missing id and an
  // empty body, so they change nothing and whoever passes authorisation gets 400/404/422.
  const pathFor = (method: string, route: string) =>
    route
      .replace(':slug', params.slug!)
      .replace(':version', params.version!)
      .replace(':term', '2024-fall')
      .replace(':id', method === 'GET' ? (route.startsWith('/api/modules') ? params.module! : route.startsWith('/api/competencies') ? params.competency! : params.id!) : String(MISSING))
      .replace('/compare', '/compare?from=1&to=1')

  async function statusOf(client: ApiClient, key: string) {
    const [method, route] = key.split(' ') as [string, string]
    const answer = await client.request(method, pathFor(method, route).replace(/^\/api/, ''), method === 'GET' ? undefined : {})
    return answer.status
  }

  // Every route as every role: several hundred requests, which a busy machine may take minutes over.
  it('answers 401 without a session, 403 for a role without the right, and lets the right roles through', async () => {
    const problems: string[] = []
    for (const [key, access] of Object.entries(EXPECTED)) {
      if (key === 'POST /api/auth/logout') continue
      const anonymous = await statusOf(accounts.as.anonymous, key)
      if (access === 'public' ? anonymous === 401 || anonymous === 403 : anonymous !== 401) problems.push(`${key} anonymous → ${anonymous}`)
      for (const role of ROLES) {
        const status = await statusOf(accounts.as[role], key)
        const allowed = access === 'public' || access.includes(role)
        if (allowed ? status === 401 || status === 403 : status !== 403) problems.push(`${key} as ${role} → ${status}`)
      }
    }
    expect(problems).toEqual([])
  }, 120_000)

  it('on a private instance, answers 401 to every catalogue read without a session', async () => {
    const privateClient = apiClient(test.db, { config: { private: true } })
    const problems: string[] = []
    for (const [key, access] of Object.entries(EXPECTED)) {
      // A short link answers 404 there, as for an unknown pathway (tests/api/short-links.test.ts).
      if (!key.startsWith('GET') || access !== 'public' || key.startsWith('GET /api/auth') || key === 'GET /api/health' || key === 'GET /api/ready' || key.startsWith('GET /api/review/') || key.startsWith('GET /r/')) continue
      const status = await statusOf(privateClient, key)
      if (status !== 401) problems.push(`${key} → ${status}`)
    }
    expect(problems).toEqual([])
  })

  it("hides another organisation's drafts (404) and refuses edits of its public rows (403)", async () => {
    await createUser(test.db, null, {
      email: 'faculty@hillview.test', name: 'Hillview Faculty', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.other,
    })
    const outsider = apiClient(test.db, { cookie: await signInCookie(test.db, 'faculty@hillview.test', TEST_PASSWORD) })
    const draft = await accounts.as.faculty.post('/modules', { code: 'DRAFT-1', title: 'A draft', level: 'adult', kind: 'occupational' })
    expect(draft.status).toBe(201)
    expect(draft.body.organisationId).toBe(accounts.organisations.college)
    expect((await outsider.get(`/modules/${draft.body.id}`)).status).toBe(404)
    expect((await accounts.as.anonymous.get(`/modules/${draft.body.id}`)).status).toBe(404)
    expect((await outsider.get('/modules?q=DRAFT-1')).body.total).toBe(0)
    expect((await outsider.patch(`/modules/${draft.body.id}`, { version: 1, title: 'Mine now' })).status).toBe(404)
    expect((await accounts.as.admin.get(`/modules/${draft.body.id}`)).status).toBe(200)

    await approveModule(accounts.as.faculty, accounts.as.admin, draft.body.id)
    expect((await outsider.get(`/modules/${draft.body.id}`)).status).toBe(200)
    const refused = await outsider.patch(`/modules/${draft.body.id}`, { version: 2, title: 'Mine now' })
    expect(refused.status).toBe(403)
    expect((await accounts.as.faculty.get(`/modules/${draft.body.id}`)).body.title).toBe('A draft')
  })

  it('lets ABE instructors author bridges but not occupational modules, and record basic-skill requirements only', async () => {
    const abe = accounts.as.abe_instructor
    const bridge = await abe.post('/modules', {
      code: 'BR-1', title: 'Shop Math Bridge', level: 'adult', kind: 'bridge', description: docFromText('Fractions on blueprints'),
    })
    expect(bridge.status).toBe(201)
    const occupational = await abe.post('/modules', { code: 'OCC-1', title: 'Machining', level: 'adult', kind: 'occupational' })
    expect(occupational.status).toBe(403)
    const turned = await abe.patch(`/modules/${bridge.body.id}`, { version: 1, kind: 'occupational' })
    expect(turned.status).toBe(403)

    const occ = await makeFramework(test.db, { codes: ['OCC-A', 'OCC-B'] })
    const basic = await accounts.as.faculty.post('/frameworks', { title: 'Basic skills', kind: 'basic_skills' })
    const decimals = await accounts.as.faculty.post('/competencies', { frameworkId: basic.body.id, code: 'M.3', statement: 'Decimals', kind: 'competency', level: 'C' })
    const [a, b] = occ.competencies
    const requirement = await abe.post('/competency-links', { fromId: a!.id, toId: decimals.body.id, relation: 'requires', minLevel: 'C' })
    expect(requirement.status).toBe(201)
    const other = await abe.post('/competency-links', { fromId: a!.id, toId: b!.id, relation: 'equivalent' })
    expect(other.status).toBe(403)
  })

  it('writes the audit entry in the transaction of the change, so a refused change leaves none', async () => {
    const before = await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    const refused = await accounts.as.faculty.post('/modules', {
      code: 'ROLLBACK-1', title: 'Refused', level: 'adult', kind: 'occupational', alignments: [{ competencyId: MISSING, depth: 'I' }],
    })
    expect(refused.status).toBe(422)
    const after = await test.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(after.n)).toBe(Number(before.n))
    expect((await accounts.as.faculty.get('/modules?q=ROLLBACK-1')).body.total).toBe(0)

    const created = await accounts.as.faculty.post('/modules', { code: 'AUDITED-1', title: 'Audited', level: 'adult', kind: 'occupational' })
    const trail = await accounts.as.admin.get(`/audit?table=modules&rowId=${created.body.id}`)
    expect(trail.body.items).toHaveLength(1)
    expect(trail.body.items[0]).toMatchObject({ action: 'create', userId: accounts.users.faculty.id, summary: 'Created module AUDITED-1' })
    expect(trail.body.items[0].after.code).toBe('AUDITED-1')
  })
})
