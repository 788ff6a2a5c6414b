import SQLite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from '../../server/db/statement-cache'

function database() {
  const db = new SQLite(':memory:')
  db.exec('CREATE TABLE t (n INTEGER); INSERT INTO t VALUES (1), (2), (3)')
  return db
}

describe('the prepared statement cache', () => {
  it('hands out the same compiled statement for the same SQL', () => {
    const cached = withStatementCache(database())
    const first = cached.prepare('SELECT n FROM t')
    expect(cached.prepare('SELECT n FROM t')).toBe(first)
    expect(cached.prepare('SELECT n FROM t WHERE n > ?')).not.toBe(first)
    expect(cached.prepare('SELECT n FROM t').all([])).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }])
  })

  it('keeps only the most recently used statements', () => {
    const cached = withStatementCache(database(), 2)
    const a = cached.prepare('SELECT 1')
    const b = cached.prepare('SELECT 2')
    expect(cached.prepare('SELECT 1')).toBe(a)
    cached.prepare('SELECT 3')
    expect(cached.prepare('SELECT 1')).toBe(a)
    expect(cached.prepare('SELECT 2')).not.toBe(b)
  })

  it('gives a fresh statement while the cached one is still being iterated', () => {
    const cached = withStatementCache(database())
    const streaming = cached.prepare('SELECT n FROM t')
    const rows = streaming.iterate([])
    expect(rows.next().value).toEqual({ n: 1 })
    const other = cached.prepare('SELECT n FROM t')
    expect(other).not.toBe(streaming)
    expect(other.all([])).toHaveLength(3)
    expect([...rows]).toEqual([{ n: 2 }, { n: 3 }])
    expect(cached.prepare('SELECT n FROM t')).toBe(streaming)
  })
})
