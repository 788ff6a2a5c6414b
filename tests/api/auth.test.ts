import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveSession, signIn, SESSION_IDLE_MS } from '../../server/services/auth/sessions'
import { SIGN_IN_LIMITS } from '../../server/services/auth/throttle'
import { apiClient, signInCookie } from '../support/api'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('accounts and sessions on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
  })
  afterAll(() => test.destroy())

  it('signs in with a session cookie that is httpOnly and SameSite=Lax, and stores only a hash of the token', async () => {
    const answer = await apiClient(test.db).post('/auth/login', { email: 'FACULTY@test.rungs ', password: TEST_PASSWORD })
    expect(answer.status).toBe(200)
    expect(answer.body.user).toMatchObject({ email: 'faculty@test.rungs', role: 'faculty' })
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith('rungs_session='))!
    expect(cookie).toMatch(/rungs_session=[\w-]{40,}/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    const token = cookie.split(';')[0]!.split('=')[1]!
    const stored = await test.db.selectFrom('sessions').select('id').execute()
    expect(stored.map((s) => s.id)).not.toContain(token)
    const users = await test.db.selectFrom('users').select('passwordHash').execute()
    expect(users.every((u) => u.passwordHash.startsWith('scrypt$') && !u.passwordHash.includes(TEST_PASSWORD))).toBe(true)
  })

  it('tells who is signed in, and signing out ends the session on the server', async () => {
    const cookie = await signInCookie(test.db, 'viewer@test.rungs', TEST_PASSWORD)
    const client = apiClient(test.db, { cookie })
    expect((await client.get('/auth/me')).body.user).toMatchObject({ email: 'viewer@test.rungs', role: 'viewer' })
    expect((await client.post('/auth/logout')).status).toBe(204)
    expect((await client.get('/auth/me')).body.user).toBeNull()
    expect((await apiClient(test.db).get('/auth/me')).body.user).toBeNull()
  })

  it('refuses a wrong password and an unknown email with the same message', async () => {
    const wrong = await apiClient(test.db).post('/auth/login', { email: 'admin@test.rungs', password: 'not it' })
    const unknown = await apiClient(test.db).post('/auth/login', { email: 'nobody@test.rungs', password: 'not it' })
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.body.error.message).toBe(unknown.body.error.message)
  })

  it('rate-limits sign-in per account from new devices: after too many failures the right password waits there', async () => {
    const client = apiClient(test.db)
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) {
      expect((await client.post('/auth/login', { email: 'employer@test.rungs', password: `guess ${i}` })).status).toBe(401)
    }
    const limited = await client.post('/auth/login', { email: 'employer@test.rungs', password: TEST_PASSWORD })
    expect(limited.status).toBe(429)
    expect(limited.body.error.code).toBe('too_many_attempts')
  })

  it('expires idle sessions', async () => {
    const start = Date.now()
    const session = await signIn(test.db, { email: 'abe_instructor@test.rungs', password: TEST_PASSWORD }, { address: 'test' }, { clock: () => start })
    expect(await resolveSession(test.db, session.token, () => start + 60_000)).toMatchObject({ role: 'abe_instructor' })
    expect(await resolveSession(test.db, session.token, () => start + SESSION_IDLE_MS + 120_000)).toBeUndefined()
  })

  it('refuses state-changing requests from another site, JSON bodies included', async () => {
    const cookie = await signInCookie(test.db, 'admin@test.rungs', TEST_PASSWORD)
    const body = { name: 'Evil Corp', kind: 'employer' }
    const crossSite = await apiClient(test.db, { cookie, origin: 'https://evil.example' }).post('/organisations', body)
    expect(crossSite.status).toBe(403)
    expect(crossSite.body.error.code).toBe('csrf')
    const noOrigin = await apiClient(test.db, { cookie, origin: null }).post('/organisations', body)
    expect(noOrigin.status).toBe(403)
    const sameSite = await apiClient(test.db, { cookie }).post('/organisations', body)
    expect(sameSite.status).toBe(201)
    expect((await apiClient(test.db, { cookie }).post('/organisations', body)).status).toBe(409)
    const login = await apiClient(test.db, { origin: 'https://evil.example' }).post('/auth/login', { email: 'admin@test.rungs', password: TEST_PASSWORD })
    expect(login.status).toBe(403)
  })

  it('sends security headers', async () => {
    const answer = await accounts.as.anonymous.get('/health')
    expect(answer.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff')
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
  })

  it('lets admins manage accounts and nobody else', async () => {
    expect((await accounts.as.faculty.get('/users')).status).toBe(403)
    expect((await accounts.as.anonymous.get('/users')).status).toBe(401)
    const created = await accounts.as.admin.post('/users', {
      email: 'new@test.rungs', name: 'New Person', password: 'a long enough password', role: 'viewer',
    })
    expect(created.status).toBe(201)
    expect(created.body).not.toHaveProperty('passwordHash')
    const disabled = await accounts.as.admin.patch(`/users/${created.body.id}`, { disabled: true })
    expect(disabled.body.disabled).toBe(true)
    const refused = await apiClient(test.db).post('/auth/login', { email: 'new@test.rungs', password: 'a long enough password' })
    expect(refused.status).toBe(401)
    const trail = await accounts.as.admin.get(`/audit?table=users&rowId=${created.body.id}`)
    expect(trail.body.items.map((e: { action: string }) => e.action)).toEqual(['update', 'create'])
    expect(trail.body.items[0].before.disabled).toBe(false)
    expect(trail.body.items[0].after.disabled).toBe(true)
  })
})
