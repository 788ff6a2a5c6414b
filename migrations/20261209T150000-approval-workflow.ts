import { sql, type Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

const ENTITIES = ['module', 'pathway']
const STATES = ['draft', 'review', 'approved', 'archived']

// The approval workflow (draft → in review → approved → archived) for modules and pathways.
// - modules.approved_version: the revision the public sees; an approved module edited again becomes a draft
//   while this still points at the approved revision. Modules already approved or archived keep their current
//   version as the approved one; drafts and modules in review have none until approved.
// - pathways get a status and an approved version too; existing pathways count as approved.
// - review_requests: one per submission, open until approved, returned or withdrawn (the inbox reads them).
// - workflow_events: every action with who took it, when, and the summary or comment (the timeline).
// - reviewers: per organisation, roles whose holders review and named people.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('modules').addColumn('approved_version', 'integer').execute()
  await sql`update modules set approved_version = version where status in ('approved', 'archived')`.execute(db)

  await db.schema
    .alterTable('pathways')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('approved').check(sqlIn('status', STATES)))
    .execute()
  await db.schema.alterTable('pathways').addColumn('approved_version', 'integer').execute()
  await sql`update pathways set approved_version = version`.execute(db)

  await withId(db, db.schema.createTable('review_requests'))
    .addColumn('entity', 'text', (col) => col.notNull().check(sqlIn('entity', ENTITIES)))
    .addColumn('entity_id', 'integer', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id'))
    .addColumn('state', 'text', (col) => col.notNull().check(sqlIn('state', ['open', 'approved', 'returned', 'withdrawn'])))
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('submitted_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('submitted_at', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('comment', 'text')
    .execute()
  await db.schema.createIndex('review_requests_entity_idx').on('review_requests').columns(['entity', 'entity_id']).execute()
  await db.schema.createIndex('review_requests_open_idx').on('review_requests').columns(['state', 'organisation_id']).execute()

  await withId(db, db.schema.createTable('workflow_events'))
    .addColumn('entity', 'text', (col) => col.notNull().check(sqlIn('entity', ENTITIES)))
    .addColumn('entity_id', 'integer', (col) => col.notNull())
    .addColumn('revision', 'integer', (col) => col.notNull())
    .addColumn('action', 'text', (col) => col.notNull().check(sqlIn('action', ['submit', 'approve', 'return', 'withdraw', 'archive', 'reopen'])))
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('note', 'text')
    .execute()
  await db.schema.createIndex('workflow_events_entity_idx').on('workflow_events').columns(['entity', 'entity_id']).execute()

  await withId(db, db.schema.createTable('reviewers'))
    .addColumn('organisation_id', 'integer', (col) => col.notNull().references('organisations.id').onDelete('cascade'))
    .addColumn('role', 'text')
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('cascade'))
    .addCheckConstraint('reviewers_role_or_user', sql`(role is null) <> (user_id is null)`)
    .execute()
  await db.schema.createIndex('reviewers_org_idx').on('reviewers').column('organisation_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reviewers').execute()
  await db.schema.dropTable('workflow_events').execute()
  await db.schema.dropTable('review_requests').execute()
  await db.schema.alterTable('pathways').dropColumn('approved_version').execute()
  await db.schema.alterTable('pathways').dropColumn('status').execute()
  await db.schema.alterTable('modules').dropColumn('approved_version').execute()
}
