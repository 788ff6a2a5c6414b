import type { Kysely } from 'kysely'
import { sqlFlag, sqlIn, withId, withTimestamps } from './columns'

const LEVELS = ['secondary', 'adult', 'postsecondary', 'apprenticeship']

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('modules'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('code', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('level', 'text', (col) => col.notNull().check(sqlIn('level', LEVELS)))
      .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', ['occupational', 'bridge', 'integrated'])))
      .addColumn('clock_hours', 'integer')
      .addColumn('credits', 'real')
      .addColumn('entry_level', 'text')
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().check(sqlIn('status', ['draft', 'review', 'approved', 'archived'])))
      .addColumn('version', 'integer', (col) => col.notNull().defaultTo(1)),
  ).execute()

  await withId(db, db.schema.createTable('outcomes'))
    .addColumn('uuid', 'text', (col) => col.notNull().unique())
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('content', 'text', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('outcomes_module_idx').on('outcomes').columns(['module_id', 'position']).execute()

  await withId(db, db.schema.createTable('alignments'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('outcome_id', 'integer', (col) => col.references('outcomes.id').onDelete('cascade'))
    .addColumn('competency_id', 'integer', (col) => col.notNull().references('competencies.id'))
    .addColumn('depth', 'text', (col) => col.notNull().check(sqlIn('depth', ['I', 'R', 'M'])))
    .addColumn('assessed', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('assessed')))
    .execute()
  await db.schema.createIndex('alignments_module_idx').on('alignments').column('module_id').execute()
  await db.schema.createIndex('alignments_competency_idx').on('alignments').column('competency_id').execute()

  await db.schema
    .createTable('module_prerequisites')
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('prerequisite_id', 'integer', (col) => col.notNull().references('modules.id'))
    .addPrimaryKeyConstraint('module_prerequisites_pk', ['module_id', 'prerequisite_id'])
    .execute()
  await db.schema.createIndex('module_prerequisites_prereq_idx').on('module_prerequisites').column('prerequisite_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('module_prerequisites').execute()
  await db.schema.dropTable('alignments').execute()
  await db.schema.dropTable('outcomes').execute()
  await db.schema.dropTable('modules').execute()
}
