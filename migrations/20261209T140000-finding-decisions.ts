import type { Kysely } from 'kysely'
import { sqlIn, withId } from './columns'

// Decisions people take on a pathway's findings (DESIGN §3): "accepted as intended" with a reason, or "assigned"
// to a person with a due date. Findings are computed, not stored, so a decision is kept against the finding's
// fingerprint (kind and rows involved) and the hash of the facts it was taken on: when the facts change the
// decision lapses and the finding reopens. A decision ends when a later one replaces it or someone withdraws it;
// ended rows stay as the finding's history.
export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('finding_decisions'))
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('facts_hash', 'text', (col) => col.notNull())
    .addColumn('decision', 'text', (col) => col.notNull().check(sqlIn('decision', ['accepted', 'assigned'])))
    .addColumn('reason', 'text')
    .addColumn('assignee_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('due_on', 'text')
    // What the finding said when the decision was taken, so the history reads without the finding.
    .addColumn('summary', 'text', (col) => col.notNull())
    .addColumn('decided_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('decided_at', 'text', (col) => col.notNull())
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('end_reason', 'text', (col) => col.check(sqlIn('end_reason', ['replaced', 'withdrawn'])))
    .execute()
  await db.schema.createIndex('finding_decisions_pathway_idx').on('finding_decisions').columns(['pathway_id', 'fingerprint']).execute()
  await db.schema.createIndex('finding_decisions_assignee_idx').on('finding_decisions').column('assignee_id').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('finding_decisions').execute()
}
