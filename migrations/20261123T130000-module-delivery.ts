import type { Kysely } from 'kysely'

// How a module is delivered to suit working adults (evening, weekend, online, hybrid, at the workplace, flexible
// start), as a JSON array of words; '[]' when not recorded.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('modules').addColumn('delivery', 'text', (col) => col.notNull().defaultTo('[]')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('modules').dropColumn('delivery').execute()
}
