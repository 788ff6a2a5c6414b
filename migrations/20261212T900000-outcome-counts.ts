import { sql, type Kysely } from 'kysely'
import { withId, withTimestamps } from './columns'

// Aggregate learner outcomes per module, term and subgroup (issue 18): counts a partnership already reports,
// never student records. The all-learners row of a term has an empty subgroup dimension and value. Continuation
// and employment may not be known yet (null). The organisation is the module's when the counts were entered:
// its people see them whole, everyone else through small-cell suppression.
export async function up(db: Kysely<any>): Promise<void> {
  const atLeastZero = (column: string) => sql.raw(`${column} is null or ${column} >= 0`)
  await withTimestamps(
    withId(db, db.schema.createTable('outcome_counts'))
      .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
      .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id').onDelete('set null'))
      .addColumn('term', 'text', (col) => col.notNull())
      .addColumn('subgroup_dimension', 'text', (col) => col.notNull().defaultTo(''))
      .addColumn('subgroup_value', 'text', (col) => col.notNull().defaultTo('')),
  )
    .addColumn('enrolled', 'integer', (col) => col.notNull().check(atLeastZero('enrolled')))
    .addColumn('completed', 'integer', (col) => col.notNull().check(atLeastZero('completed')))
    .addColumn('credential_earned', 'integer', (col) => col.notNull().check(atLeastZero('credential_earned')))
    .addColumn('continued', 'integer', (col) => col.check(atLeastZero('continued')))
    .addColumn('employed_q2', 'integer', (col) => col.check(atLeastZero('employed_q2')))
    .addColumn('median_earnings_q2', 'double precision', (col) => col.check(atLeastZero('median_earnings_q2')))
    .addColumn('updated_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addUniqueConstraint('outcome_counts_cell_key', ['module_id', 'term', 'subgroup_dimension', 'subgroup_value'])
    .execute()
  await db.schema.createIndex('outcome_counts_organisation_idx').on('outcome_counts').column('organisation_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('outcome_counts').execute()
}
