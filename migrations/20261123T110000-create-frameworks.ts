import type { Kysely } from 'kysely'
import { sqlIn, withId, withTimestamps } from './columns'

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('frameworks'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('publisher', 'text')
      .addColumn('version', 'text')
      .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', ['occupational', 'basic_skills', 'employability'])))
      .addColumn('source', 'text')
      .addColumn('license', 'text')
      .addColumn('description', 'text'),
  ).execute()

  await withTimestamps(
    withId(db, db.schema.createTable('competencies'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('framework_id', 'integer', (col) => col.notNull().references('frameworks.id').onDelete('cascade'))
      .addColumn('parent_id', 'integer', (col) => col.references('competencies.id').onDelete('cascade'))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('statement', 'text', (col) => col.notNull())
      .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', ['area', 'competency', 'skill', 'task'])))
      .addColumn('level', 'text')
      .addColumn('position', 'integer', (col) => col.notNull().defaultTo(0))
      .addUniqueConstraint('competencies_framework_code_unique', ['framework_id', 'code']),
  ).execute()
  await db.schema.createIndex('competencies_parent_idx').on('competencies').column('parent_id').execute()

  await withId(db, db.schema.createTable('competency_links'))
    .addColumn('from_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('to_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('relation', 'text', (col) => col.notNull().check(sqlIn('relation', ['requires', 'equivalent', 'related', 'precedes'])))
    .addColumn('min_level', 'text')
    .addUniqueConstraint('competency_links_unique', ['from_id', 'to_id', 'relation'])
    .execute()
  await db.schema.createIndex('competency_links_to_idx').on('competency_links').column('to_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('competency_links').execute()
  await db.schema.dropTable('competencies').execute()
  await db.schema.dropTable('frameworks').execute()
}
