// Sign-in throttling that cannot be turned against the people attacked: device cookies, failures only, atomic
// counts across processes, and client addresses behind trusted proxies.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/db/connect'
import { verifyPassword } from '../../server/services/auth/passwords'
import { signIn } from '../../server/services/auth/sessions'
import { SIGN_IN_LIMITS } from '../../server/services/auth/throttle'
import { createUser } from '../../server/services/users'
import { apiClient, type ClientOptions } from '../support/api'
import { TEST_PASSWORD } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const { perAccount, perAddress, perDevice } = SIGN_IN_LIMITS
// Limits for the tests of the address limit: a few failures are as telling as thirty, and scrypt is slow.
const small = { ...SIGN_IN_LIMITS, perAccount: 10, perAddress: 4 }

describe.each(testDialects)('sign-in throttling on %s', (dialect) => {
  let test: TestDb
  let people = 0
  beforeAll(async () => {
    test = await createTestDb(dialect, { file: true })
  })
  afterAll(() => test.destroy())

  // A new account, so that each test starts with clean counters.
  const person = async () => {
    const email = `person${++people}@throttle.test`
    await createUser(test.db, null, { email, name: `Person ${people}`, password: TEST_PASSWORD, role: 'viewer' })
    return email
  }
  const login = (email: string, password: string, options: ClientOptions = {}) =>
    apiClient(test.db, { peer: '192.0.2.1', ...options }).post('/auth/login', { email, password })
  const deviceCookie = (headers: Headers) => headers.getSetCookie().find((c) => c.startsWith('rungs_device='))!

  it('keeps a device cookie for /api/auth only, httpOnly, for 180 days', async () => {
    const answer = await login(await person(), TEST_PASSWORD)
    expect(answer.status).toBe(200)
    const cookie = deviceCookie(answer.headers)
    expect(cookie).toMatch(/^rungs_device=[\w-]{43};/)
    expect(cookie).toMatch(/Path=\/api\/auth/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Max-Age=15552000/)
  })

  it('lets the right password in on the account\'s known device after an attacker\'s 50 failures; new devices wait', async () => {
    const email = await person()
    const first = await login(email, TEST_PASSWORD, { peer: '203.0.113.5' })
    const device = deviceCookie(first.headers).split(';')[0]!
    const statuses: number[] = []
    for (let i = 0; i < 50; i++) statuses.push((await login(email, `guess ${i}`, { peer: `198.51.100.${i % 10}` })).status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(perAccount)
    expect(statuses.slice(perAccount).every((s) => s === 429)).toBe(true)

    const newDevice = await login(email, TEST_PASSWORD, { peer: '203.0.113.5' })
    expect(newDevice.status).toBe(429)
    expect(newDevice.body.error.code).toBe('too_many_attempts')
    expect(newDevice.body.error.message).toContain('device you have signed in on before')
    expect(Number(newDevice.headers.get('retry-after'))).toBeGreaterThan(0)

    const known = await login(email, TEST_PASSWORD, { peer: '203.0.113.5', cookie: device })
    expect(known.status).toBe(200)
    expect(deviceCookie(known.headers).split(';')[0]).toBe(device)
    // The right password on a known device lifts the lock for the person's other devices too.
    expect((await login(email, TEST_PASSWORD, { peer: '203.0.113.77' })).status).toBe(200)
  })

  it('holds a known device to its own limit, and a device known to another account counts as new', async () => {
    const email = await person()
    const other = await person()
    const device = deviceCookie((await login(email, TEST_PASSWORD)).headers).split(';')[0]!
    for (let i = 0; i < perDevice; i++) expect((await login(email, `guess ${i}`, { cookie: device })).status).toBe(401)
    expect((await login(email, TEST_PASSWORD, { cookie: device })).status).toBe(429)
    // Those failures were the device's: the account still lets a new device in.
    expect((await login(email, TEST_PASSWORD, { peer: '192.0.2.99' })).status).toBe(200)
    for (let i = 0; i < perAccount; i++) expect((await login(other, `guess ${i}`, { cookie: device, peer: `192.0.2.${i + 10}` })).status).toBe(401)
    expect((await login(other, TEST_PASSWORD, { cookie: device })).status).toBe(429)
  })

  it('counts failures only per address: right passwords pass, the limit of failures holds back new devices there', async () => {
    const address = '198.51.100.200'
    const config = { signInLimits: small }
    const [regular, target, newcomer] = [await person(), await person(), await person()]
    const device = deviceCookie((await login(regular, TEST_PASSWORD, { peer: address, config })).headers).split(';')[0]!
    for (let i = 0; i < small.perAddress - 1; i++) expect((await login(i % 2 ? target : newcomer, `guess ${i}`, { peer: address, config })).status).toBe(401)
    for (let i = 0; i < small.perAddress + 1; i++) expect((await login(regular, TEST_PASSWORD, { peer: address, config })).status).toBe(200)
    expect((await login(target, 'one guess more', { peer: address, config })).status).toBe(401)
    const refused = await login(newcomer, TEST_PASSWORD, { peer: address, config })
    expect(refused.status).toBe(429)
    expect(refused.body.error.message).toContain('from your network')
    expect((await login(newcomer, TEST_PASSWORD, { peer: '198.51.100.201', config })).status).toBe(200)
    expect((await login(regular, TEST_PASSWORD, { peer: address, cookie: device, config })).status).toBe(200)
  })

  it('counts each attempt before its password is checked: concurrent guesses through two processes get at most the limit', async () => {
    const second = test.connectAgain()
    try {
      const checks = { count: 0 }
      const verify = (password: string, stored: string) => {
        checks.count++
        return verifyPassword(password, stored)
      }
      const attempt = (db: Db, email: string, address: string) =>
        signIn(db, { email, password: 'a wrong password' }, { address }, { verify }).then(
          () => 200,
          (error: { status: number }) => error.status,
        )
      const email = await person()
      const oneAccount = await Promise.all(Array.from({ length: 30 }, (_, i) => attempt(i % 2 ? second : test.db, email, `203.0.113.${i}`)))
      expect(checks.count).toBeLessThanOrEqual(perAccount)
      expect(oneAccount.filter((s) => s === 401)).toHaveLength(checks.count)
      expect(oneAccount.filter((s) => s === 429)).toHaveLength(30 - checks.count)

      checks.count = 0
      const many = Array.from({ length: perAddress + 10 }, (_, i) => `nobody${i}@throttle.test`)
      const oneAddress = await Promise.all(many.map((e, i) => attempt(i % 2 ? second : test.db, e, '203.0.113.250')))
      expect(checks.count).toBeLessThanOrEqual(perAddress)
      expect(oneAddress.filter((s) => s === 429)).toHaveLength(many.length - checks.count)
    } finally {
      await second.destroy()
    }
  })

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const config = { trustedProxies: ['10.0.0.0/24'], signInLimits: small }
    const viaProxy = (email: string, password: string, client: string) =>
      login(email, password, { peer: '10.0.0.1', headers: { 'X-Forwarded-For': `6.6.6.6, ${client}` }, config })
    const [target, newcomer] = [await person(), await person()]
    for (let i = 0; i < small.perAddress; i++) expect((await viaProxy(target, `guess ${i}`, '198.51.100.50')).status).toBe(401)
    expect((await viaProxy(newcomer, TEST_PASSWORD, '198.51.100.50')).status).toBe(429)
    expect((await viaProxy(newcomer, TEST_PASSWORD, '198.51.100.51')).status).toBe(200)

    // A client that connects directly cannot pick a new address with the header.
    const direct = (email: string, password: string, i: number) =>
      login(email, password, { peer: '198.51.100.60', headers: { 'X-Forwarded-For': `198.18.0.${i}` }, config })
    const other = await person()
    for (let i = 0; i < small.perAddress; i++) expect((await direct(other, `guess ${i}`, i)).status).toBe(401)
    expect((await direct(newcomer, TEST_PASSWORD, 99)).status).toBe(429)
  })
})
