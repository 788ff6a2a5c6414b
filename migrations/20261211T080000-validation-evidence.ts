import type { Kysely } from 'kysely'
import { sqlIn } from './columns'

// Employer validation people can trust (issue 17): a campaign's minimum number of respondents and the day it was
// last reopened; how many respondents agreed with each recorded consensus; each invitation's email delivery; and
// competencies that enter a framework as drafts (an accepted suggestion) with a sentence saying where they came from.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('validation_campaigns').addColumn('min_respondents', 'integer', (col) => col.notNull().defaultTo(3)).execute()
  await db.schema.alterTable('validation_campaigns').addColumn('reopened_at', 'text').execute()
  // Null for results recorded before agreement was counted.
  await db.schema.alterTable('competency_validations').addColumn('agreeing', 'integer').execute()
  await db.schema
    .alterTable('validation_invites')
    .addColumn('delivery', 'text', (col) => col.notNull().defaultTo('not_sent').check(sqlIn('delivery', ['not_sent', 'sent', 'failed', 'bounced'])))
    .execute()
  await db.schema.alterTable('validation_invites').addColumn('delivery_error', 'text').execute()
  await db.schema.alterTable('validation_invites').addColumn('delivered_at', 'text').execute()
  await db.schema.alterTable('validation_invites').addColumn('reminded_at', 'text').execute()
  await db.schema
    .alterTable('competencies')
    .addColumn('status', 'text', (col) => col.notNull().defaultTo('active').check(sqlIn('status', ['draft', 'active'])))
    .execute()
  await db.schema.alterTable('competencies').addColumn('provenance', 'text').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('competencies').dropColumn('provenance').execute()
  await db.schema.alterTable('competencies').dropColumn('status').execute()
  for (const column of ['reminded_at', 'delivered_at', 'delivery_error', 'delivery']) {
    await db.schema.alterTable('validation_invites').dropColumn(column).execute()
  }
  await db.schema.alterTable('competency_validations').dropColumn('agreeing').execute()
  await db.schema.alterTable('validation_campaigns').dropColumn('reopened_at').execute()
  await db.schema.alterTable('validation_campaigns').dropColumn('min_respondents').execute()
}
