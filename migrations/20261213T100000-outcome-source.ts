import type { Kysely } from 'kysely'

// Where a row of outcome counts comes from ("WIOA Title II report 2024", "Synthetic demo data"), so readers can
// judge the figures and the road map can say when they are not real learners. Empty when nobody said.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outcome_counts').addColumn('source', 'text', (col) => col.notNull().defaultTo('')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outcome_counts').dropColumn('source').execute()
}
