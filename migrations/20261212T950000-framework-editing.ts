import type { Kysely } from 'kysely'
import { sqlIn } from './columns'

// Framework management in the web (issue 17): a framework's adoption status (CASE's adoptionStatus, in Rungs'
// words) and a revision counter, so an edit made on a stale copy is refused rather than overwriting another
// person's (`version` is already the publisher's version text); and the moment a competency was retired: it stays
// for history and for the alignments that name it, but takes no new ones and leaves the analysis.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('frameworks')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('adopted').check(sqlIn('status', ['draft', 'adopted', 'deprecated'])))
    .execute()
  await db.schema.alterTable('frameworks').addColumn('revision', 'integer', (col) => col.notNull().defaultTo(1)).execute()
  await db.schema.alterTable('competencies').addColumn('retired_at', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('competencies').dropColumn('retired_at').execute()
  await db.schema.alterTable('frameworks').dropColumn('revision').execute()
  await db.schema.alterTable('frameworks').dropColumn('status').execute()
}
