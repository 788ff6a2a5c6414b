import type { Kysely } from 'kysely'

// A version on each pathway for optimistic concurrency, as modules have: an edit names the version it was read
// at and is refused when someone saved in between. Existing pathways start at 1.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').dropColumn('version').execute()
}
