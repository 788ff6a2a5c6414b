import { sql, type Kysely } from 'kysely'
import { withId, withTimestamps } from './columns'

// Aggregate learner outcomes per credential earned through a pathway, term and subgroup (issue 18): the same
// counts as a module's (attempted, earned, employed, earnings), in a sibling of outcome_counts rather than a
// nullable module_id there, so that every reader of module outcomes stays as it is and each table's key and
// cascade stay plain. The organisation is the credential's when the counts were entered.
export async function up(db: Kysely<any>): Promise<void> {
  const atLeastZero = (column: string) => sql.raw(`${column} is null or ${column} >= 0`)
  await withTimestamps(
    withId(db, db.schema.createTable('credential_outcome_counts'))
      .addColumn('credential_id', 'integer', (col) => col.notNull().references('credentials.id').onDelete('cascade'))
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
    .addColumn('source', 'text', (col) => col.notNull().defaultTo(''))
    .addColumn('updated_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addUniqueConstraint('credential_outcome_counts_cell_key', ['credential_id', 'term', 'subgroup_dimension', 'subgroup_value'])
    .execute()
  await db.schema.createIndex('credential_outcome_counts_organisation_idx').on('credential_outcome_counts').column('organisation_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('credential_outcome_counts').execute()
}
