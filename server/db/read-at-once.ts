// Reads that ask many small queries at once (a module page, a road map) run in one read transaction on SQLite.
// Outside a transaction each statement takes and drops the file's shared lock, system calls that cost more than
// a small indexed query (about 30 µs against 3 µs for the query inside a transaction, on this project's
// machines); inside one, the statements share one lock and see one state of the database. PostgreSQL keeps its
// queries on the pool, where they run in parallel.
import { SqliteAdapter } from 'kysely'
import type { Db } from './connect'

// Runs `read` with a database handle whose queries share one read transaction on SQLite. `read` must use only
// that handle: the connection is held until it settles, so a query through another handle would wait for it.
export function readAtOnce<T>(db: Db, read: (db: Db) => Promise<T>): Promise<T> {
  if (db.isTransaction || !(db.getExecutor().adapter instanceof SqliteAdapter)) return read(db)
  return db.transaction().execute(read)
}
