// better-sqlite3 compiles a statement on every prepare(), and Kysely prepares each query anew: keeping the most
// recently used compiled statements saves that work on every read (the app asks the same few hundred queries).
import type { Database, Statement } from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

const DEFAULT_SIZE = 500

// The database as Kysely's SQLite dialect sees it, with prepare() answered from a bounded cache (least recently
// used out). A statement still being iterated (a streamed query) is busy, so a second user gets a fresh one.
export function withStatementCache(database: Database, size = DEFAULT_SIZE): SqliteDatabase {
  const cache = new Map<string, Statement>()
  return {
    close: () => database.close(),
    prepare(sql) {
      const cached = cache.get(sql)
      if (cached && !cached.busy) {
        cache.delete(sql)
        cache.set(sql, cached)
        return cached
      }
      const statement = database.prepare(sql)
      if (cached) return statement
      cache.set(sql, statement)
      if (cache.size > size) cache.delete(cache.keys().next().value!)
      return statement
    },
  }
}
