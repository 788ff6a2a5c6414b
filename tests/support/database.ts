// Fresh, migrated databases for API tests: SQLite in memory always, PostgreSQL too when TEST_DATABASE_URL is set.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { connect, type ConnectOptions, type Db } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'

export type TestDialect = 'sqlite' | 'postgres'

// The dialects this run tests against.
export const testDialects: TestDialect[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite']

export type TestDb = {
  db: Db
  dialect: TestDialect
  // How to open it again (another process can, unless it is SQLite in memory).
  connection: ConnectOptions
  // Another connection (pool) to the same database, as a second server process would hold; the caller destroys it.
  connectAgain: () => Db
  destroy: () => Promise<void>
}

// A new empty database of the dialect, with every migration applied. PostgreSQL gets a schema of its own,
// dropped by destroy(), so test files can run side by side. SQLite lives in memory unless `file` is asked
// for (a second connection needs a file). `empty` skips the migrations, for tests of how a fresh install starts.
export async function createTestDb(dialect: TestDialect, options: { file?: boolean; empty?: boolean } = {}): Promise<TestDb> {
  if (dialect === 'sqlite') {
    const folder = options.file ? mkdtempSync(join(tmpdir(), 'rungs-test-')) : undefined
    const file = folder ? join(folder, 'rungs.db') : ':memory:'
    const connection: ConnectOptions = { dialect: 'sqlite', file }
    const db = connect(connection)
    if (!options.empty) await migrateToLatest(db)
    const connectAgain = () => {
      if (!folder) throw new Error('An in-memory SQLite database has one connection; ask createTestDb for a file')
      return connect(connection)
    }
    const destroy = async () => {
      await db.destroy()
      if (folder) rmSync(folder, { recursive: true, force: true })
    }
    return { db, dialect, connection, connectAgain, destroy }
  }
  const url = process.env.TEST_DATABASE_URL
  if (!url) throw new Error('TEST_DATABASE_URL is not set')
  const schema = `rungs_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`create schema ${schema}`)
  await admin.end()
  const connection: ConnectOptions = { dialect: 'postgres', url, searchPath: schema }
  const db = connect(connection)
  if (!options.empty) await migrateToLatest(db)
  return {
    db,
    dialect,
    connection,
    connectAgain: () => connect(connection),
    destroy: async () => {
      await db.destroy()
      const cleaner = new pg.Client({ connectionString: url })
      await cleaner.connect()
      await cleaner.query(`drop schema ${schema} cascade`)
      await cleaner.end()
    },
  }
}
