import type { Kysely } from 'kysely'
import { withId } from './columns'

// Framework crosswalks (issue 19): a proposed pair of items of two frameworks that a reviewer rejected is kept, so
// the crosswalk does not propose it again (in either direction). Accepted pairs need no table of their own: they
// become competency links.
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('crosswalk_rejections'))
    .addColumn('from_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('to_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('rejected_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('rejected_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('crosswalk_rejections_pair_key', ['from_id', 'to_id'])
    .execute()
  await db.schema.createIndex('crosswalk_rejections_to_idx').on('crosswalk_rejections').column('to_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('crosswalk_rejections').execute()
}
