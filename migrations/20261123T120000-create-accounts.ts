import type { Kysely } from 'kysely'
import { sqlFlag, sqlIn, withId, withTimestamps } from './columns'

const ROLES = ['admin', 'faculty', 'abe_instructor', 'employer', 'viewer']

export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('organisations'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull().unique())
      .addColumn('kind', 'text', (col) =>
        col.notNull().check(sqlIn('kind', ['college', 'adult_education', 'school_district', 'employer', 'workforce_board', 'other'])),
      ),
  ).execute()

  await withTimestamps(
    withId(db, db.schema.createTable('users'))
      .addColumn('uuid', 'text', (col) => col.notNull().unique())
      .addColumn('email', 'text', (col) => col.notNull().unique())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('password_hash', 'text', (col) => col.notNull())
      .addColumn('role', 'text', (col) => col.notNull().check(sqlIn('role', ROLES)))
      .addColumn('organisation_id', 'integer', (col) => col.references('organisations.id'))
      .addColumn('disabled', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('disabled')))
      .addColumn('last_login_at', 'text'),
  ).execute()

  // The session id is the SHA-256 of the cookie's token, so a leaked table does not leak sessions.
  await db.schema
    .createTable('sessions')
    .addColumn('id', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_seen_at', 'text', (col) => col.notNull())
    .addColumn('expires_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute()

  // Failed sign-ins, counted per account and per address for rate limiting across server processes.
  await withId(db, db.schema.createTable('login_failures'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('login_failures_subject_idx').on('login_failures').columns(['subject', 'at']).execute()

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('at', 'text', (col) => col.notNull())
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('action', 'text', (col) => col.notNull().check(sqlIn('action', ['create', 'update', 'delete'])))
    .addColumn('table_name', 'text', (col) => col.notNull())
    .addColumn('row_id', 'text', (col) => col.notNull())
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .execute()
  await db.schema.createIndex('audit_log_row_idx').on('audit_log').columns(['table_name', 'row_id']).execute()
  await db.schema.createIndex('audit_log_user_idx').on('audit_log').columns(['user_id', 'at']).execute()

  await db.schema
    .createTable('module_revisions')
    .addColumn('module_id', 'integer', (col) => col.notNull().references('modules.id').onDelete('cascade'))
    .addColumn('version', 'integer', (col) => col.notNull())
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('restored_from', 'integer')
    .addColumn('snapshot', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('module_revisions_pk', ['module_id', 'version'])
    .execute()

  // Owners: a person edits only their own organisation's modules and pathways unless admin.
  await db.schema.alterTable('modules').addColumn('organisation_id', 'integer', (col) => col.references('organisations.id')).execute()
  await db.schema.alterTable('pathways').addColumn('organisation_id', 'integer', (col) => col.references('organisations.id')).execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('pathways').dropColumn('organisation_id').execute()
  await db.schema.alterTable('modules').dropColumn('organisation_id').execute()
  await db.schema.dropTable('module_revisions').execute()
  await db.schema.dropTable('audit_log').execute()
  await db.schema.dropTable('login_failures').execute()
  await db.schema.dropTable('sessions').execute()
  await db.schema.dropTable('users').execute()
  await db.schema.dropTable('organisations').execute()
}
