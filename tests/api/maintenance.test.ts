// The background tidy-up: expired sessions, old rate-limit windows and long-unused devices go on a timer, not
// during sign-in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEVICE_REMEMBERED_MS, signIn } from '../../server/services/auth/sessions'
import { pruneExpired, startMaintenance } from '../../server/services/maintenance'
import { createUser } from '../../server/services/users'
import { TEST_PASSWORD } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const DAY = 24 * 60 * 60_000
const iso = (ms: number) => new Date(ms).toISOString()

describe.each(testDialects)('background tidy-up on %s', (dialect) => {
  let test: TestDb
  let userId: number
  const now = Date.now()
  beforeAll(async () => {
    test = await createTestDb(dialect)
    userId = (await createUser(test.db, null, { email: 'tidy@test.rungs', name: 'Tidy', password: TEST_PASSWORD, role: 'viewer' })).id
  })
  afterAll(() => test.destroy())

  const plant = async () => {
    const session = (id: string, expiresAt: number) => ({ id, userId, createdAt: iso(now - DAY), lastSeenAt: iso(now - DAY), expiresAt: iso(expiresAt) })
    await test.db.insertInto('sessions').values([session('expired', now - 1000), session('live', now + DAY)]).execute()
    await test.db
      .insertInto('rate_limit_windows')
      .values([
        { subject: 'old', windowStart: iso(now - 2 * DAY), hits: 3 },
        { subject: 'current', windowStart: iso(now - 60_000), hits: 3 },
      ])
      .execute()
    const device = (tokenHash: string, lastUsedAt: number) => ({ tokenHash, userId, createdAt: iso(lastUsedAt), lastUsedAt: iso(lastUsedAt) })
    await test.db.insertInto('sign_in_devices').values([device('forgotten', now - DEVICE_REMEMBERED_MS - DAY), device('recent', now - DAY)]).execute()
  }
  const remaining = async () => ({
    sessions: (await test.db.selectFrom('sessions').select('id').where('id', 'in', ['expired', 'live']).execute()).map((r) => r.id).sort(),
    windows: (await test.db.selectFrom('rate_limit_windows').select('subject').where('subject', 'in', ['old', 'current']).execute()).map((r) => r.subject).sort(),
    devices: (await test.db.selectFrom('sign_in_devices').select('tokenHash').where('tokenHash', 'in', ['forgotten', 'recent']).execute()).map((r) => r.tokenHash).sort(),
  })
  const clear = async () => {
    await test.db.deleteFrom('sessions').execute()
    await test.db.deleteFrom('rate_limit_windows').execute()
    await test.db.deleteFrom('sign_in_devices').execute()
  }

  it('leaves expired rows alone during sign-in', async () => {
    await plant()
    await signIn(test.db, { email: 'tidy@test.rungs', password: TEST_PASSWORD }, { address: 'test' })
    expect(await remaining()).toEqual({ sessions: ['expired', 'live'], windows: ['current', 'old'], devices: ['forgotten', 'recent'] })
    await clear()
  })

  it('deletes expired sessions, windows older than a day and devices unused for 180 days', async () => {
    await plant()
    expect(await pruneExpired(test.db, () => now)).toEqual({ sessions: 1, rateLimitWindows: 1, devices: 1 })
    expect(await remaining()).toEqual({ sessions: ['live'], windows: ['current'], devices: ['recent'] })
    await clear()
  })

  it('runs on start and then on a timer, and stop() waits for a run in progress', async () => {
    await plant()
    const maintenance = startMaintenance(test.db, 60_000)
    await maintenance.stop()
    expect(await remaining()).toEqual({ sessions: ['live'], windows: ['current'], devices: ['recent'] })
    await clear()
  })
})
