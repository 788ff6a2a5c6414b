// Fresh, migrated databases for API tests: SQLite in memory always, PostgreSQL too when TEST_DATABASE_URL is set.
// Each is a copy of the templates the run migrated once (template-databases.ts).
import { randomBytes } from 'node:crypto'
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { inject } from 'vitest'
import { connect, type ConnectOptions, type Db } from '../../server/db/connect'
import { copySqliteTemplate } from './sqlite-copy'
import { adminQuery, databaseUrl } from './template-databases'

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

// A new database of the dialect, with every migration applied. PostgreSQL gets a database of its own, dropped by
// destroy(), so test files can run side by side. SQLite lives in memory unless `file` is asked for (a second
// connection needs a file). `empty` leaves out the migrations, for tests of how a fresh install starts.
export async function createTestDb(dialect: TestDialect, options: { file?: boolean; empty?: boolean } = {}): Promise<TestDb> {
  const templates = inject('templateDatabases')
  if (dialect === 'sqlite') {
    const folder = options.file ? mkdtempSync(join(tmpdir(), 'rungs-test-')) : undefined
    const file = folder ? join(folder, 'rungs.db') : ':memory:'
    if (folder && !options.empty) copyFileSync(templates.sqliteFile, file)
    const connection: ConnectOptions = { dialect: 'sqlite', file }
    const db = connect(connection)
    if (!folder && !options.empty) await copySqliteTemplate(db, templates.sqliteFile)
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
  const name = `rungs_test_${randomBytes(6).toString('hex')}`
  // The server copies the template block by block; an empty database is a copy of PostgreSQL's template1.
  await adminQuery(url, options.empty ? `create database ${name}` : `create database ${name} template ${templates.postgresDatabase}`)
  const connection: ConnectOptions = { dialect: 'postgres', url: databaseUrl(url, name) }
  const db = connect(connection)
  return {
    db,
    dialect,
    connection,
    connectAgain: () => connect(connection),
    destroy: async () => {
      await db.destroy()
      // Forced: a server process the test started may still hold a connection.
      await adminQuery(url, `drop database ${name} with (force)`)
    },
  }
}
