import type { Kysely } from 'kysely'
import { sqlIn, withId, withTimestamps } from './columns'

// Large framework imports run as jobs on a worker thread (issue 12: a 100k-row import froze every other request
// for 5–23 s). A job records who started it, where it stands and how it ended; its progress while it runs is
// kept by the process running it.
export async function up(db: Kysely<any>): Promise<void> {
  await withTimestamps(
    withId(db, db.schema.createTable('import_jobs'))
      .addColumn('status', 'text', (col) => col.notNull().check(sqlIn('status', ['queued', 'running', 'done', 'failed'])))
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('done', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('total', 'integer', (col) => col.notNull().defaultTo(0))
      // The import's summary (JSON) once done; the error (JSON: code, message, details with the problems) once failed.
      .addColumn('result', 'text')
      .addColumn('error', 'text')
      .addColumn('created_by', 'integer', (col) => col.references('users.id').onDelete('set null')),
  ).execute()
  await db.schema.createIndex('import_jobs_status_idx').on('import_jobs').column('status').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_jobs').execute()
}
