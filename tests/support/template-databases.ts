// Vitest's global setup: every migration and the labour reference data are applied once per run, into a SQLite
// file and (with TEST_DATABASE_URL) a PostgreSQL database, which test files then copy (support/database.ts).
// Migrating afresh for each file took 2-4 s on SQLite and 6-10 s on PostgreSQL, a hundred times a run.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { connect } from '../../server/db/connect'
import { migrateToLatest } from '../../server/db/migrate'

export type TemplateDatabases = { sqliteFile: string; postgresDatabase?: string }

declare module 'vitest' {
  interface ProvidedContext {
    templateDatabases: TemplateDatabases
  }
}

// The URL of another database on the server `url` names.
export function databaseUrl(url: string, database: string): string {
  const address = new URL(url)
  address.pathname = `/${database}`
  return address.toString()
}

// Runs one statement over a connection of its own (CREATE and DROP DATABASE refuse to run in a transaction).
export async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-template-'))
  const sqliteFile = join(folder, 'rungs.db')
  const sqlite = connect({ dialect: 'sqlite', file: sqliteFile })
  await migrateToLatest(sqlite)
  // A rollback journal instead of WAL: the file alone is the whole database, to copy or attach.
  await sql`pragma journal_mode = delete`.execute(sqlite)
  await sqlite.destroy()

  const url = process.env.TEST_DATABASE_URL
  // Named per run, as other checkouts may be testing on the same server.
  const postgresDatabase = url ? `rungs_template_${randomBytes(6).toString('hex')}` : undefined
  if (url && postgresDatabase) {
    await adminQuery(url, `create database ${postgresDatabase}`)
    const postgres = connect({ dialect: 'postgres', url: databaseUrl(url, postgresDatabase) })
    await migrateToLatest(postgres)
    await postgres.destroy()
  }

  project.provide('templateDatabases', { sqliteFile, postgresDatabase })
  return async () => {
    if (url && postgresDatabase) await adminQuery(url, `drop database if exists ${postgresDatabase} with (force)`)
    rmSync(folder, { recursive: true, force: true })
  }
}
