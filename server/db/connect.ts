// Opens the database: PostgreSQL when a postgres:// URL is given, otherwise the embedded SQLite file.
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely } from 'kysely'
import pg from 'pg'
import type { Database } from './database'
import { CamelCaseResults, SnakeCasePostgresDialect, SnakeCaseSqliteDialect } from './snake-case-dialects'
import { withStatementCache } from './statement-cache'

export type Db = Kysely<Database>

// SQL columns are snake_case; the code reads and writes camelCase (snake-case-dialects.ts).
const plugins = [new CamelCaseResults()]

export type ConnectOptions =
  | { dialect: 'sqlite'; file: string }
  | { dialect: 'postgres'; url: string; searchPath?: string }

// Chooses the dialect from the environment's DATABASE_URL and RUNGS_DB values.
export function connectionFromEnv(env: { DATABASE_URL?: string; RUNGS_DB: string }): ConnectOptions {
  return env.DATABASE_URL ? { dialect: 'postgres', url: env.DATABASE_URL } : { dialect: 'sqlite', file: env.RUNGS_DB }
}

// How each instance connect() built was opened, so that another thread can open the same database.
const connections = new WeakMap<Db, ConnectOptions>()

// The options this instance was opened with; undefined for one connect() did not build (a transaction).
export const connectionOf = (db: Db): ConnectOptions | undefined => connections.get(db)

// Builds a Kysely instance for the chosen dialect.
export function connect(options: ConnectOptions): Db {
  const db = open(options)
  connections.set(db, options)
  return db
}

function open(options: ConnectOptions): Db {
  if (options.dialect === 'postgres') {
    const pool = new pg.Pool({
      connectionString: options.url,
      max: 10,
      ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
    })
    // An idle pooled connection the server ends (a restart, a failover, an administrator's terminate) emits an
    // error; unheard, it would stop the whole process. The pool has already dropped that connection and opens a
    // new one when next asked, so the error is only worth a line in the log.
    pool.on('error', (error) => console.error('PostgreSQL closed an idle connection:', error.message))
    return new Kysely<Database>({ dialect: new SnakeCasePostgresDialect({ pool }), plugins })
  }
  if (options.file !== ':memory:') mkdirSync(dirname(options.file), { recursive: true })
  const database = new SQLite(options.file)
  database.pragma('journal_mode = WAL')
  database.pragma('foreign_keys = ON')
  database.pragma('busy_timeout = 5000')
  return new Kysely<Database>({ dialect: new SnakeCaseSqliteDialect({ database: withStatementCache(database) }), plugins })
}
