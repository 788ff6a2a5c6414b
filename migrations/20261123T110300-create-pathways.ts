import type { Kysely } from 'kysely'
import { sqlFlag, withId, withTimestamps } from './columns'

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('pathways'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('slug', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('sector', 'text', (col) => col.notNull())
      .addColumn('description', 'text'),
  ).execute()

  await db.schema
    .createTable('pathway_occupations')
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('soc_code', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('pathway_occupations_pk', ['pathway_id', 'soc_code'])
    .execute()

  await db.schema
    .createTable('pathway_frameworks')
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('framework_id', 'integer', (col) => col.notNull().references('frameworks.id'))
    .addPrimaryKeyConstraint('pathway_frameworks_pk', ['pathway_id', 'framework_id'])
    .execute()
  await db.schema.createIndex('pathway_frameworks_framework_idx').on('pathway_frameworks').column('framework_id').execute()

  await db.schema
    .createTable('pathway_modules')
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id'))
    .addColumn('stage', 'integer', (col) => col.notNull())
    .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
    .addColumn('is_entry', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('is_entry')))
    .addColumn('is_exit', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('is_exit')))
    .addPrimaryKeyConstraint('pathway_modules_pk', ['pathway_id', 'module_id'])
    .execute()
  await db.schema.createIndex('pathway_modules_module_idx').on('pathway_modules').column('module_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('pathway_modules').execute()
  await db.schema.dropTable('pathway_frameworks').execute()
  await db.schema.dropTable('pathway_occupations').execute()
  await db.schema.dropTable('pathways').execute()
}
