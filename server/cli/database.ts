// Opening the configured database for a command, saying which one it is without revealing a password.
import { resolve } from 'node:path'
import { connect, connectionFromEnv, type ConnectOptions, type Db } from '../db/connect'
import type { Env } from '../env'

// A one-line description of the database: the SQLite file's absolute path, or PostgreSQL's host and database.
export function describeDatabase(options: ConnectOptions): string {
  if (options.dialect === 'sqlite') {
    return options.file === ':memory:' ? 'SQLite in memory' : `SQLite file ${resolve(options.file)}`
  }
  try {
    const url = new URL(options.url)
    const name = decodeURIComponent(url.pathname.replace(/^\//, '')) || '(default database)'
    return `PostgreSQL database ${name} on ${url.hostname}${url.port ? `:${url.port}` : ''}`
  } catch {
    return 'PostgreSQL (DATABASE_URL could not be parsed for display)'
  }
}

// Connects to the database the environment names and reports which one on `out`.
export function openDatabase(env: Env, out: (line: string) => void): Db {
  const options = connectionFromEnv(env)
  out(`Database: ${describeDatabase(options)}`)
  return connect(options)
}
