// Column helpers shared by the migrations. Frozen like the migrations themselves: change them only by
// adding new helpers, because a landed migration must keep producing the same schema.
import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely'

// True when the migration runs against PostgreSQL (the scale-out dialect).
export function isPostgres(db: Kysely<any>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter
}

// Adds an integer surrogate key: identity on PostgreSQL, rowid alias on SQLite.
export function withId<T extends string>(db: Kysely<any>, table: CreateTableBuilder<T, never>) {
  return table.addColumn('id', 'integer', (col: ColumnDefinitionBuilder) =>
    isPostgres(db) ? col.primaryKey().generatedByDefaultAsIdentity() : col.primaryKey().autoIncrement(),
  )
}

// Adds created_at and updated_at as ISO-8601 UTC text, written by the application.
export function withTimestamps<T extends string>(table: CreateTableBuilder<T, any>) {
  return table
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('updated_at', 'text', (col) => col.notNull())
}

// A CHECK expression limiting a text column to a fixed vocabulary (constants only, never user input).
export function sqlIn(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql.raw(`${column} in (${values.map((v) => `'${v}'`).join(', ')})`)
}

// A CHECK expression for a 0/1 flag: booleans are integers in both dialects so rows read the same.
export function sqlFlag(column: string): RawBuilder<unknown> {
  return sql.raw(`${column} in (0, 1)`)
}
