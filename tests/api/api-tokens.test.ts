// Personal API tokens: created, listed and revoked by their person; stored hashed; used by scripts with a
// Bearer header and no cookie or Origin; never more than their person may do at the moment of the request.
import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dateAfter } from '../../shared/schemas/api-tokens'
import { createApiToken } from '../../server/services/auth/api-tokens'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient, type ClientOptions } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const DAY_MS = 86_400_000
const inDays = (days: number) => dateAfter(Date.now(), days)

describe.each(testDialects)('API tokens on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let codes = 0
  // A script: the token, and neither a cookie nor an Origin header.
  const script = (secret: string, config?: ClientOptions['config']) =>
    apiClient(test.db, { origin: null, headers: { Authorization: `Bearer ${secret}` }, config })
  const newModule = () => ({ code: `TOK-${++codes}`, title: 'Made by a script', level: 'adult', kind: 'occupational' })
  const create = async (as: ApiClient, body: Record<string, unknown> = {}) => {
    const answer = await as.post('/my/tokens', { name: 'Catalogue sync', scope: 'write', expiresOn: inDays(30), ...body })
    expect(answer.status).toBe(201)
    return answer.body as { id: number; secret: string; prefix: string }
  }

  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('shows the secret once, lists the token without it, and stores only its SHA-256', async () => {
    const created = await accounts.as.faculty.post('/my/tokens', { name: 'Nightly export', scope: 'read', expiresOn: inDays(90) })
    expect(created.status).toBe(201)
    expect(created.body.secret).toMatch(/^rungs_[A-Za-z0-9_-]{43}$/)
    expect(created.body).toMatchObject({ name: 'Nightly export', scope: 'read', expiresAt: `${inDays(90)}T23:59:59.999Z`, lastUsedAt: null })
    expect(created.body.secret.startsWith(created.body.prefix)).toBe(true)

    const list = await accounts.as.faculty.get('/my/tokens')
    expect(list.status).toBe(200)
    const listed = list.body.items.find((t: { id: number }) => t.id === created.body.id)
    expect(listed).toMatchObject({ name: 'Nightly export', scope: 'read', lastUsedAt: null, expired: false })
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'expired', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'scope'])
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret)
    expect((await accounts.as.viewer.get('/my/tokens')).body.items).toEqual([])

    const row = await test.db.selectFrom('api_tokens').selectAll().where('id', '=', created.body.id).executeTakeFirstOrThrow()
    expect(row.tokenHash).toBe(createHash('sha256').update(created.body.secret).digest('hex'))
    expect(JSON.stringify(row)).not.toContain(created.body.secret)
  })

  it('lets a script read and write as its person with a Bearer header and no Origin, and records the use', async () => {
    const token = await create(accounts.as.faculty)
    const me = await script(token.secret).get('/auth/me')
    expect(me.body.user).toMatchObject({ id: accounts.users.faculty.id, role: 'faculty' })
    const made = await script(token.secret).post('/modules', newModule())
    expect(made.status).toBe(201)
    expect(made.body.organisationId).toBe(accounts.organisations.college)
    const listed = (await accounts.as.faculty.get('/my/tokens')).body.items.find((t: { id: number }) => t.id === token.id)
    expect(Date.now() - Date.parse(listed.lastUsedAt)).toBeLessThan(60_000)
    const trail = await accounts.as.admin.get(`/audit?table=modules&rowId=${made.body.id}`)
    expect(trail.body.items[0].userId).toBe(accounts.users.faculty.id)
  })

  it('refuses writes with a read-only token (403 naming it), and everything its person may not do', async () => {
    const readOnly = await create(accounts.as.faculty, { scope: 'read' })
    expect((await script(readOnly.secret).get('/modules')).status).toBe(200)
    const refused = await script(readOnly.secret).post('/modules', newModule())
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe('read_only_token')
    expect(refused.body.error.message).toMatch(/read-only/)

    const viewers = await create(accounts.as.viewer)
    expect((await script(viewers.secret).post('/modules', newModule())).status).toBe(403)
    expect((await script(viewers.secret).get('/users')).status).toBe(403)
  })

  it('keeps the cross-site check for cookies only', async () => {
    const cookie = await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD)
    const noOrigin = await apiClient(test.db, { cookie, origin: null }).post('/modules', newModule())
    expect(noOrigin.status).toBe(403)
    expect(noOrigin.body.error.code).toBe('csrf')
    const token = await create(accounts.as.faculty)
    const both = await apiClient(test.db, { cookie, origin: 'https://evil.example', headers: { Authorization: `Bearer ${token.secret}` } })
    expect((await both.post('/modules', newModule())).body.error.code).toBe('csrf')
    expect((await script(token.secret).post('/modules', newModule())).status).toBe(201)
  })

  it('requires a last day from tomorrow to a year ahead, and stops the token after it', async () => {
    for (const expiresOn of [inDays(0), inDays(-3), inDays(367)]) {
      const refused = await accounts.as.faculty.post('/my/tokens', { name: 'Bad', scope: 'read', expiresOn })
      expect(refused.status).toBe(422)
      expect(refused.body.error.message).toMatch(/^expiresOn: /)
    }
    const missing = await accounts.as.faculty.post('/my/tokens', { name: 'No expiry', scope: 'read' })
    expect(missing.status).toBe(422)
    expect(missing.body.error.message).toMatch(/expiresOn/)
    expect((await accounts.as.faculty.post('/my/tokens', { name: 'x', scope: 'admin', expiresOn: inDays(3) })).body.error.message).toMatch(/scope/)

    const faculty = (await test.db.selectFrom('users').select(['id', 'email', 'name', 'role', 'organisationId']).where('id', '=', accounts.users.faculty.id).executeTakeFirstOrThrow())
    const tenDaysAgo = () => Date.now() - 10 * DAY_MS
    const old = await createApiToken(test.db, faculty, { name: 'Old', scope: 'write', expiresOn: dateAfter(tenDaysAgo(), 2) }, tenDaysAgo)
    const expired = await script(old.secret).get('/auth/me')
    expect(expired.status).toBe(401)
    expect(expired.body.error.code).toBe('invalid_token')
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer/)
    const listed = (await accounts.as.faculty.get('/my/tokens')).body.items.find((t: { id: number }) => t.id === old.id)
    expect(listed.expired).toBe(true)
  })

  it('refuses unknown, malformed and revoked tokens with 401, and revokes only its own person\'s', async () => {
    const token = await create(accounts.as.faculty)
    expect((await script('rungs_not-a-real-token').get('/modules')).status).toBe(401)
    expect((await script(token.secret.slice(0, -1)).get('/modules')).status).toBe(401)
    const malformed = await apiClient(test.db, { origin: null, headers: { Authorization: 'Basic abc' } }).get('/modules')
    expect(malformed.status).toBe(401)

    expect((await accounts.as.abe_instructor.delete(`/my/tokens/${token.id}`)).status).toBe(404)
    expect((await script(token.secret).get('/auth/me')).status).toBe(200)
    expect((await accounts.as.faculty.delete(`/my/tokens/${token.id}`)).status).toBe(204)
    expect((await script(token.secret).get('/auth/me')).status).toBe(401)
    expect((await accounts.as.faculty.delete(`/my/tokens/${token.id}`)).status).toBe(404)
  })

  it('audits creation and revocation without the secret', async () => {
    const token = await create(accounts.as.faculty, { name: 'Audited token' })
    await accounts.as.faculty.delete(`/my/tokens/${token.id}`)
    const trail = await accounts.as.admin.get(`/audit?table=api_tokens&rowId=${token.id}`)
    expect(trail.body.items.map((e: { action: string; summary: string }) => [e.action, e.summary])).toEqual([
      ['delete', 'Revoked API token "Audited token"'],
      ['create', 'Created API token "Audited token" (write)'],
    ])
    expect(JSON.stringify(trail.body)).not.toContain(token.secret)
  })

  it('lets no token manage tokens', async () => {
    const token = await create(accounts.as.faculty)
    for (const answer of [
      await script(token.secret).get('/my/tokens'),
      await script(token.secret).post('/my/tokens', { name: 'Child', scope: 'write', expiresOn: inDays(3) }),
      await script(token.secret).delete(`/my/tokens/${token.id}`),
    ]) expect(answer.status).toBe(403)
  })

  it('follows its person: demoted, the token loses the rights; disabled, it stops working', async () => {
    const person = await createUser(test.db, null, {
      email: 'scripter@test.rungs', name: 'Scripter', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.college,
    })
    const own = apiClient(test.db, { cookie: await signInCookie(test.db, 'scripter@test.rungs', TEST_PASSWORD) })
    const token = await create(own)
    expect((await script(token.secret).post('/modules', newModule())).status).toBe(201)
    expect((await accounts.as.admin.patch(`/users/${person.id}`, { role: 'viewer' })).status).toBe(200)
    const demoted = await script(token.secret).post('/modules', newModule())
    expect(demoted.status).toBe(403)
    expect(demoted.body.error.code).toBe('forbidden')
    expect((await script(token.secret).get('/auth/me')).body.user.role).toBe('viewer')
    expect((await accounts.as.admin.patch(`/users/${person.id}`, { disabled: true })).status).toBe(200)
    expect((await script(token.secret).get('/auth/me')).status).toBe(401)
  })

  it('limits the requests of one token', async () => {
    const token = await create(accounts.as.employer, { scope: 'read' })
    const limited = script(token.secret, { tokenLimits: { windowMs: 3_600_000, perToken: 3 } })
    for (let i = 0; i < 3; i++) expect((await limited.get('/auth/me')).status).toBe(200)
    const over = await limited.get('/auth/me')
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('opens a private instance, the CASE API included, to a script with a token', async () => {
    const token = await create(accounts.as.viewer, { scope: 'read' })
    const config = { private: true }
    expect((await apiClient(test.db, { origin: null, config }).get('/modules')).status).toBe(401)
    expect((await script(token.secret, config).get('/modules')).status).toBe(200)
    expect((await apiClient(test.db, { origin: null, config }).get('/ims/case/v1p0/CFDocuments')).status).toBe(401)
    expect((await script(token.secret, config).get('/ims/case/v1p0/CFDocuments')).status).toBe(200)
  })
})
