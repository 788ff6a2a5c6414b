// Inserting hundreds of thousands of rows through Kysely builds an operation node for every value and compiles
// every statement anew, which costs several times what the database spends storing them (a package import writes
// 600,000 rows). A bulk insert compiles one statement of a batch's size with a slot where each value goes, once per
// database, table and column list, and runs Kysely's SQL again with each batch's values: the same SQL, both dialects.
import { createQueryId, type CompiledQuery, type DialectAdapter } from 'kysely'
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
