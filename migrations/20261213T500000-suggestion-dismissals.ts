import type { Kysely } from 'kysely'
import { withId } from './columns'

// Suggested alignments a person dismissed: for one outcome of a module, or (outcome_id null) for the module as a
// whole or a bridge's basic-skills suggestions. A dismissed competency is not suggested there again. Rows go with
// their module, outcome or competency.
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('suggestion_dismissals'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('outcome_id', 'integer', (col) => col.references('outcomes.id').onDelete('cascade'))
    .addColumn('competency_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('dismissed_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('dismissed_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('suggestion_dismissals_module_idx').on('suggestion_dismissals').columns(['module_id', 'outcome_id']).execute()
  await db.schema.createIndex('suggestion_dismissals_competency_idx').on('suggestion_dismissals').column('competency_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('suggestion_dismissals').execute()
}
