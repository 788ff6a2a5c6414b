import { sql, type Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

// Frozen copies of the vocabularies at the time of this migration (migrations import no app code).
const SUPPORT_KINDS = ['career_counselling', 'case_management', 'child_care', 'transportation', 'financial_aid', 'tutoring', 'job_placement', 'other']
const FUNDING_SOURCES = ['wioa_title_1', 'wioa_title_2', 'perkins_v', 'tanf', 'pell', 'state_aid', 'employer_tuition', 'registered_apprenticeship', 'other']

// Time and cost of a module (whole weeks; whole US dollars the student pays after nothing else), the wrap-around
// supports partners offer on a pathway, one of its stages or a module, and the funding sources of each module.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('modules')
    .addColumn('duration_weeks', 'integer', (col) => col.check(sql`duration_weeks between 1 and 260`))
    .execute()
  await db.schema
    .alterTable('modules')
    .addColumn('cost_to_student', 'integer', (col) => col.check(sql`cost_to_student between 0 and 100000`))
    .execute()
  await withId(db, db.schema.createTable('supports'))
    // A support belongs either to a pathway (the whole of it, or one stage when `stage` is set) or to a module.
    .addColumn('pathway_id', 'integer', (col) => col.references('pathways.id').onDelete('cascade'))
    .addColumn('stage', 'integer')
    .addColumn('module_id', 'integer', (col) => col.references('modules.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull().check(sqlIn('kind', SUPPORT_KINDS)))
    .addColumn('description', 'text', (col) => col.notNull())
    // The partner organisation that provides it.
    .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id'))
    .addColumn('contact_name', 'text')
    .addColumn('contact_email', 'text')
    .addColumn('contact_phone', 'text')
    .addColumn('contact_notes', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addCheckConstraint('supports_one_owner', sql`(pathway_id is null) <> (module_id is null)`)
    .addCheckConstraint('supports_stage_of_pathway', sql`stage is null or pathway_id is not null`)
    .execute()
  await db.schema.createIndex('supports_pathway_idx').on('supports').column('pathway_id').execute()
  await db.schema.createIndex('supports_module_idx').on('supports').column('module_id').execute()
  await withId(db, db.schema.createTable('module_funding'))
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('source', 'text', (col) => col.notNull().check(sqlIn('source', FUNDING_SOURCES)))
    .addColumn('notes', 'text')
    .addColumn('position', 'integer', (col) => col.notNull())
    .addUniqueConstraint('module_funding_source_unique', ['module_id', 'source'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('module_funding').execute()
  await db.schema.dropTable('supports').execute()
  await db.schema.alterTable('modules').dropColumn('cost_to_student').execute()
  await db.schema.alterTable('modules').dropColumn('duration_weeks').execute()
}
