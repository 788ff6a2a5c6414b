import type { Kysely } from 'kysely'

// The jobs a pathway leads to: target occupations (SOC codes) at each exit point (a module placed as an exit) and
// for each credential, and the hourly wage a pathway calls family-sustaining for its region, with its source.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pathway_exit_occupations')
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id'))
    .addColumn('soc_code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('pathway_exit_occupations_pk', ['pathway_id', 'module_id', 'soc_code'])
    .execute()
  await db.schema.createIndex('pathway_exit_occupations_module_idx').on('pathway_exit_occupations').column('module_id').execute()

  await db.schema
    .createTable('credential_occupations')
    .addColumn('credential_id', 'integer', (col) => col.notNull().references('credentials.id').onDelete('cascade'))
    .addColumn('soc_code', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('credential_occupations_pk', ['credential_id', 'soc_code'])
    .execute()

  await db.schema.alterTable('pathways').addColumn('family_wage_hourly', 'double precision').execute()
  await db.schema.alterTable('pathways').addColumn('family_wage_source', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').dropColumn('family_wage_source').execute()
  await db.schema.alterTable('pathways').dropColumn('family_wage_hourly').execute()
  await db.schema.dropTable('credential_occupations').execute()
  await db.schema.dropTable('pathway_exit_occupations').execute()
}
