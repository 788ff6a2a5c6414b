import type { Kysely } from 'kysely'
import { withId, withTimestamps } from './columns'

// Labour-market reference data: SOC 2018 occupations, their wages (BLS OEWS national rows, shipped and loaded from
// fixtures/labor, and a partnership's local rows, owned by its organisation) and BLS employment projections.
// Wages are nominal US dollars; a figure BLS does not publish is null, never 0. Codes are not foreign keys to
// `occupations`, so the reference rows can be reloaded when a new release ships without touching what links to them.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('occupations')
    .addColumn('soc_code', 'text', (col) => col.primaryKey())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('definition', 'text')
    .addColumn('major_group', 'text', (col) => col.notNull())
    .addColumn('major_title', 'text', (col) => col.notNull())
    .execute()

  await withTimestamps(
    withId(db, db.schema.createTable('occupation_wages'))
      .addColumn('soc_code', 'text', (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('year', 'integer', (col) => col.notNull())
      .addColumn('period', 'text', (col) => col.notNull())
      .addColumn('region', 'text', (col) => col.notNull())
      // Null for the shipped national rows; the partnership that entered a local row.
      .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id'))
      .addColumn('hourly_median', 'double precision')
      .addColumn('annual_median', 'double precision')
      .addColumn('hourly_p25', 'double precision')
      .addColumn('hourly_p75', 'double precision')
      .addColumn('annual_p25', 'double precision')
      .addColumn('annual_p75', 'double precision')
      .addColumn('employment', 'integer')
      .addColumn('notes', 'text'),
  ).execute()
  await db.schema.createIndex('occupation_wages_soc_idx').on('occupation_wages').columns(['soc_code', 'year']).execute()
  await db.schema.createIndex('occupation_wages_owner_idx').on('occupation_wages').column('organisation_id').execute()

  await db.schema
    .createTable('occupation_projections')
    .addColumn('soc_code', 'text', (col) => col.notNull())
    .addColumn('period', 'text', (col) => col.notNull())
    .addColumn('base_employment', 'integer')
    .addColumn('projected_employment', 'integer')
    .addColumn('change_percent', 'double precision')
    .addColumn('annual_openings', 'integer')
    .addColumn('entry_education', 'text')
    .addPrimaryKeyConstraint('occupation_projections_pk', ['soc_code', 'period'])
    .execute()

  // Which version (content hash) of each shipped reference data set is loaded, so loading runs once per version.
  await db.schema
    .createTable('reference_data')
    .addColumn('name', 'text', (col) => col.primaryKey())
    .addColumn('version', 'text', (col) => col.notNull())
    .addColumn('loaded_at', 'text', (col) => col.notNull())
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reference_data').execute()
  await db.schema.dropTable('occupation_projections').execute()
  await db.schema.dropTable('occupation_wages').execute()
  await db.schema.dropTable('occupations').execute()
}
