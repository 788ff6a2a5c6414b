import type { Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

// A bridge or integrated module that an ABE instructor of another organisation proposes for a stage of a pathway:
// it waits for the pathway's owners, who approve (the module is then placed) or decline it. Decided rows stay as
// the record of who proposed and who decided.
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('placement_proposals'))
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('stage', 'integer', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull().check(sqlIn('state', ['pending', 'approved', 'declined'])))
    .addColumn('proposed_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('proposed_at', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .execute()
  await db.schema.createIndex('placement_proposals_pathway_idx').on('placement_proposals').columns(['pathway_id', 'state']).execute()
  await db.schema.createIndex('placement_proposals_module_idx').on('placement_proposals').column('module_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('placement_proposals').execute()
}
