// Case-insensitive word search that behaves the same on SQLite and PostgreSQL.
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely'

// A word as a LIKE pattern that matches it literally (with the escape character backslash).
export const escapeLike = (word: string) => word.replace(/[\\%_]/g, (ch) => `\\${ch}`)

// The words of a search box, lowercased; at most 8 so a pasted paragraph cannot make a huge query.
export function searchWords(q: string | undefined): string[] {
  return (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8)
}

// Every word must occur in at least one of the columns.
export function matchesAllWords<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  columns: string[],
  words: string[],
): Expression<SqlBool> {
  return eb.and(
    words.map((word) =>
      eb.or(columns.map((column) => sql<SqlBool>`lower(${sql.ref(column)}) like ${`%${escapeLike(word)}%`} escape '\\'`)),
    ),
  )
}
