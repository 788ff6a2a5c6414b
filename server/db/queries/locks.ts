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
