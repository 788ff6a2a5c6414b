import type { Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

// Comments: threads on a module, an outcome, a competency, a pathway or one of a pathway's findings; the comments
// of each thread (the first opens it, the rest reply); the people each comment mentions; and which inbox items
// each person has read. A finding's thread is keyed by its pathway and fingerprint (findings are computed, not
// stored), the others by the row's id; target_key ("module:12", "finding:3:<fingerprint>") indexes both.
const KINDS = ['module', 'outcome', 'competency', 'pathway', 'finding']

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('comment_threads'))
    .addColumn('target_kind', 'text', (col) => col.notNull().check(sqlIn('target_kind', KINDS)))
    .addColumn('target_id', 'integer')
    .addColumn('fingerprint', 'text')
    .addColumn('target_key', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('resolved_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .execute()
  await db.schema.createIndex('comment_threads_target_idx').on('comment_threads').column('target_key').execute()

  await withId(db, db.schema.createTable('comments'))
    .addColumn('thread_id', 'integer', (col) => col.notNull().references('comment_threads.id').onDelete('cascade'))
    .addColumn('author_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('body_format', 'text', (col) => col.notNull().check(sqlIn('body_format', ['text', 'rich'])))
    .addColumn('body', 'text', (col) => col.notNull())
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('edited_at', 'text')
    .addColumn('deleted_at', 'text')
    .execute()
  await db.schema.createIndex('comments_thread_idx').on('comments').column('thread_id').execute()

  await db.schema
    .createTable('comment_mentions')
    .addColumn('comment_id', 'integer', (col) => col.notNull().references('comments.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('comment_mentions_pk', ['comment_id', 'user_id'])
    .execute()
  await db.schema.createIndex('comment_mentions_user_idx').on('comment_mentions').column('user_id').execute()

  await db.schema
    .createTable('inbox_reads')
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('item_key', 'text', (col) => col.notNull())
    .addColumn('read_at', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('inbox_reads_pk', ['user_id', 'item_key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('inbox_reads').execute()
  await db.schema.dropTable('comment_mentions').execute()
  await db.schema.dropTable('comments').execute()
  await db.schema.dropTable('comment_threads').execute()
}
