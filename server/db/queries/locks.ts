// Serialising transactions that work on the same thing, across server processes.
import { PostgresAdapter, sql } from 'kysely'
import type { Db } from '../connect'

// Waits until no other transaction holds any of these keys, and holds them until this transaction ends. On
// PostgreSQL a transaction-scoped advisory lock per key (taken in sorted order, so two callers cannot deadlock);
// SQLite runs one writing transaction at a time already.
export async function lockForTransaction(trx: Db, keys: readonly string[]): Promise<void> {
  if (!(trx.getExecutor().adapter instanceof PostgresAdapter)) return
  for (const key of [...new Set(keys)].sort()) await sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(trx)
}

// Runs `work` while this process holds the setup lock (migrations, the reference data they load, the demo seed),
// so that replicas starting together on one PostgreSQL database do that work one after the other. Keyed by the
// connection's schema, so instances in other schemas do not wait for each other. One pooled connection holds
// the lock while `work` uses the pool as usual; PostgreSQL releases it too if the process dies.
export async function withSetupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return work()
  return db.connection().execute(async (holder) => {
    const key = sql`hashtextextended('rungs setup ' || current_schema(), 0)`
    await sql`select pg_advisory_lock(${key})`.execute(holder)
    try {
      return await work()
    } finally {
      await sql`select pg_advisory_unlock(${key})`.execute(holder)
    }
  })
}
