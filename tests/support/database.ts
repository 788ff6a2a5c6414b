// Fresh, migrated databases for API tests: SQLite in memory always, PostgreSQL too when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { connect, type Db } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'

export type TestDialect = 'sqlite' | 'postgres'

// The dialects this run tests against.
export const testDialects: TestDialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']

export type TestDb = { db: Db; dialect: TestDialect; destroy: () => Promise<void> }

// A new empty database of the dialect, with every migration applied. PostgreSQL gets a schema of its own,
// dropped by destroy(), so test files can run side by side.
export async function createTestDb(dialect: TestDialect): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const db = connect({ dialect: 'sqlite', file: ':memory:' })
    await migrateToLatest(db)
    return { db, dialect, destroy: () => db.destroy() }
  }
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set')
  const schema = `rungs_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const db = connect({ dialect: 'postgres', url, searchPath: schema })
  await migrateToLatest(db)
  return {
    db,
    dialect,
    destroy: async () => {
      await db.destroy()
      const cleaner = new pg.Client({ connectionString: url })
      await cleaner.connect()
      await cleaner.query(`drop schema ${schema} cascade`)
      await cleaner.end()
    },
  }
}
