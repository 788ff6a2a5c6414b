import { sql, type Kysely } from 'kysely'
import { sqlFlag, sqlIn, withId, withTimestamps } from './columns'

const CREDENTIAL_KINDS = ['certificate', 'certification', 'license', 'diploma', 'degree', 'badge']

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('credentials'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', CREDENTIAL_KINDS)))
      .addColumn('issuer', 'text')
      .addColumn('industry_recognised', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('industry_recognised')))
      .addColumn('description', 'text'),
  ).execute()

  await db.schema
    .createTable('module_credentials')
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('credential_id', 'integer', (col) => col.notNull().references('credentials.id'))
    .addPrimaryKeyConstraint('module_credentials_pk', ['module_id', 'credential_id'])
    .execute()
  await db.schema.createIndex('module_credentials_credential_idx').on('module_credentials').column('credential_id').execute()

  // from stacks into to: "OSHA-10 stacks into the Production Technician Certificate".
  await db.schema
    .createTable('credential_stacks')
    .addColumn('from_id', 'integer', (col) => col.notNull().references('credentials.id').onDelete('cascade'))
    .addColumn('to_id', 'integer', (col) => col.notNull().references('credentials.id'))
    .addPrimaryKeyConstraint('credential_stacks_pk', ['from_id', 'to_id'])
    .addCheckConstraint('credential_stacks_not_self', sql`from_id <> to_id`)
    .execute()
  await db.schema.createIndex('credential_stacks_to_idx').on('credential_stacks').column('to_id').execute()

  await withTimestamps(
    withId(db, db.schema.createTable('articulations'))
      .addColumn('from_module_id', 'integer', (col) => col.references('modules.id'))
      .addColumn('from_credential_id', 'integer', (col) => col.references('credentials.id'))
      .addColumn('to_module_id', 'integer', (col) => col.notNull().references('modules.id'))
      .addColumn('credits', 'real')
      .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', ['articulated_credit', 'dual_enrollment', 'prior_learning'])))
      .addColumn('description', 'text')
      .addCheckConstraint(
        'articulations_one_source',
        sql`(from_module_id is null) <> (from_credential_id is null)`,
      ),
  ).execute()
  await db.schema.createIndex('articulations_to_idx').on('articulations').column('to_module_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('articulations').execute()
  await db.schema.dropTable('credential_stacks').execute()
  await db.schema.dropTable('module_credentials').execute()
  await db.schema.dropTable('credentials').execute()
}
