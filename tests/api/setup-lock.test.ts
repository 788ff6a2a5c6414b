// Two replicas starting together on one empty database: each migrates and seeds the demo when empty, as
// `rungs start` does. They take turns under the setup lock, so both succeed and the demo is loaded once. Only
// PostgreSQL is shared by replicas; a SQLite file belongs to one server process.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Db } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'
import { seedDemoIfEmpty } from '../../server/services/seed/index'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const start = async (db: Db) => ({ migrations: await migrateToLatest(db), seeded: await seedDemoIfEmpty(db) })

describe.each(testDialects.filter((dialect) => dialect === 'postgres'))('starting together on %s', (dialect) => {
  let test: TestDb
  let other: Db
  beforeAll(async () => {
    test = await createTestDb(dialect, { empty: true, file: true })
    other = test.connectAgain()
  })
  afterAll(async () => {
    await other.destroy()
    await test.destroy()
  })

  it('migrates once and seeds once, and neither start fails', { timeout: 90_000 }, async () => {
    const [first, second] = await Promise.all([start(test.db), start(other)])
    expect([first.migrations.length > 0, second.migrations.length > 0].sort()).toEqual([false, true])
    expect([first.seeded === null, second.seeded === null].sort()).toEqual([false, true])
    const frameworks = await test.db.selectFrom('frameworks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    expect(Number(frameworks.n)).toBe((first.seeded ?? second.seeded)!.frameworks)
  })
})
