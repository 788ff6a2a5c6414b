import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { migrations } from '../../migrations/index'
import { migrateDown, migrateToLatest } from '../../server/db/migrate'
import { createTestDb, testDialects } from '../support/database'

describe.each(testDialects)('migrations on %s', (dialect) => {
  // Some forty migrations down and up again, each a few statements on PostgreSQL: seconds alone, over 20 s on a busy machine.
  it('apply in order, revert one by one to nothing, and apply again', async () => {
    const test = await createTestDb(dialect)
    try {
      const names = Object.keys(migrations)
      expect(names).toEqual([...names].sort())
      for (const name of [...names].reverse()) expect(await migrateDown(test.db)).toEqual([`Down ${name}`])
      expect(await migrateToLatest(test.db)).toEqual(names.map((n) => `Up ${n}`))
      expect(await migrateToLatest(test.db)).toEqual([])
    } finally {
      await test.destroy()
    }
  }, 60_000)
  it('apply a migration named before one the database already applied', async () => {
    const test = await createTestDb(dialect)
    try {
      const [earlier, migration] = Object.entries(migrations).at(-2) ?? []
      if (!earlier || !migration?.down) throw new Error('the test needs two reversible migrations')
      await migration.down(test.db)
      await sql`delete from kysely_migration where name = ${earlier}`.execute(test.db)
      expect(await migrateToLatest(test.db)).toEqual([`Up ${earlier}`])
    } finally {
      await test.destroy()
    }
  })
})
