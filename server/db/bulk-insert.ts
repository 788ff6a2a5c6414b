// Inserting hundreds of thousands of rows through Kysely builds an operation node for every value and compiles
// every statement anew, which costs several times what the database spends storing them (a package import writes
// 600,000 rows). A bulk insert compiles one statement of a batch's size with a slot where each value goes, once per
// database, table and column list, and runs Kysely's SQL again with each batch's values: the same SQL, both dialects.
import { createQueryId, sql, SqliteAdapter, type CompiledQuery, type DialectAdapter } from 'kysely'
import type { Db } from './connect'
import type { Database } from './database'

type Table = keyof Database

// Stands where the value of one row's column goes.
class Slot {
  constructor(readonly row: number, readonly column: string) {}
}

// Rows a statement at most: both dialects bind each value as a parameter (SQLite allows 32,766 in one statement).
const MAX_PARAMETERS = 30_000
const MAX_ROWS = 1_000

const templates = new WeakMap<DialectAdapter, Map<string, { query: CompiledQuery; slots: Slot[] }>>()

function compile(db: Db, table: Table, columns: readonly string[], rows: number, returning: readonly string[]) {
  const values = Array.from({ length: rows }, (_, row) => Object.fromEntries(columns.map((column) => [column, new Slot(row, column)])))
  const insert = db.insertInto(table).values(values as never)
  const query = (returning.length ? insert.returning(returning as never) : insert).compile()
  return { query, slots: query.parameters as Slot[] }
}

// The statement of full batches is kept; a last, shorter batch's is compiled for it alone, so the cache stays small.
function template(db: Db, table: Table, columns: readonly string[], rows: number, full: boolean, returning: readonly string[]) {
  if (!full) return compile(db, table, columns, rows, returning)
  const adapter = db.getExecutor().adapter
  let cache = templates.get(adapter)
  if (!cache) templates.set(adapter, (cache = new Map()))
  const key = `${table}(${columns.join()})×${rows}→${returning.join()}`
  let found = cache.get(key)
  if (!found) cache.set(key, (found = compile(db, table, columns, rows, returning)))
  return found
}

// Inserts rows of one table (every row with the same keys as the first) in batches; answers the `returning` columns
// of the inserted rows (in no promised order: return a key to match them by).
export async function bulkInsert<R = never>(db: Db, table: Table, rows: readonly Record<string, unknown>[], returning: readonly string[] = []): Promise<R[]> {
  if (!rows.length) return []
  const columns = Object.keys(rows[0]!)
  const per = Math.min(MAX_ROWS, Math.floor(MAX_PARAMETERS / columns.length))
  let out: R[] = []
  for (let at = 0; at < rows.length; at += per) {
    const batch = rows.slice(at, at + per)
    const { query, slots } = template(db, table, columns, batch.length, batch.length === per, returning)
    const parameters = slots.map((slot) => batch[slot.row]![slot.column] ?? null)
    const result = await db.executeQuery<R>({ ...query, parameters, queryId: createQueryId() })
    // Concatenated, not spread into push: a batch's rows could overflow the call stack otherwise.
    if (returning.length) out = out.concat(result.rows)
  }
  return out
}

// SQLite updates every index of a table row by row, at a random place in each B-tree: for half a million
// alignments that is most of the insert's cost, while building an index afresh afterwards sorts the rows once.
// So a large insert into a SQLite table (at least REINDEX_ROWS rows, and a quarter of the rows already there, as the
// rebuild reads them all) drops the table's plain indexes first and creates them again after. Only inside a
// transaction, where SQLite's DDL is transactional: a failure rolls the drop back with the rows, so the indexes
// are never missing outside it. Unique indexes stay, as they check the rows while they go in. PostgreSQL keeps
// its indexes: dropping one would lock the table against every other session until the commit.
export const REINDEX_ROWS = 20_000

// A row trigger a large insert may set aside the same way, when `instead` does its work for all the rows at once.
export type SetAsideTrigger = { name: string; instead: (db: Db) => Promise<void> }

export async function bulkInsertReindexing(db: Db, table: Table, rows: readonly Record<string, unknown>[], triggers: readonly SetAsideTrigger[] = []): Promise<void> {
  const large = await isLarge(db, table, rows.length)
  const indexes = large ? await schemaOf(db, 'index', table) : []
  const asides = large ? (await schemaOf(db, 'trigger', table)).filter((t) => triggers.some((s) => s.name === t.name)) : []
  for (const { name } of indexes) await sql`drop index ${sql.id(name)}`.execute(db)
  for (const { name } of asides) await sql`drop trigger ${sql.id(name)}`.execute(db)
  await bulkInsert(db, table, rows)
  for (const entry of [...indexes, ...asides]) await sql.raw(entry.sql).execute(db)
  for (const trigger of triggers) if (asides.some((t) => t.name === trigger.name)) await trigger.instead(db)
}

async function isLarge(db: Db, table: Table, adding: number): Promise<boolean> {
  if (adding < REINDEX_ROWS || !db.isTransaction || !(db.getExecutor().adapter instanceof SqliteAdapter)) return false
  const present = await sql<{ count: number }>`select count(*) as count from ${sql.table(table)}`.execute(db)
  return adding * 4 >= Number(present.rows[0]?.count ?? 0)
}

// The table's plain indexes (created by CREATE INDEX: one behind a UNIQUE or PRIMARY KEY constraint has no SQL),
// or its triggers, with the SQL that creates them.
async function schemaOf(db: Db, type: 'index' | 'trigger', table: Table): Promise<{ name: string; sql: string }[]> {
  const found = await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type = ${type} and tbl_name = ${table} and sql is not null`.execute(db)
  return found.rows.filter((entry) => !/^create\s+unique\b/i.test(entry.sql))
}
