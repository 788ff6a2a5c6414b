import type { Kysely } from 'kysely'
import { sqlIn, withId, withTimestamps } from './columns'

const RESULTS = ['essential', 'important', 'not_needed', 'no_consensus']

export async function up(db: Kysely<any>): Promise<void> {
  // scope 'all': every competency of the pathway's frameworks; 'areas': those under validation_campaign_areas.
  await withTimestamps(
    withId(db, db.schema.createTable('validation_campaigns'))
      .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
      .addColumn('title', 'text', (col) => col.notNull())
      .addColumn('message', 'text')
      .addColumn('closes_on', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull().check(sqlIn('status', ['open', 'closed'])))
      .addColumn('scope', 'text', (col) => col.notNull().check(sqlIn('scope', ['all', 'areas'])))
      .addColumn('created_by', 'integer', (col) => col.references('users.id').onDelete('set null'))
      .addColumn('closed_at', 'text'),
  ).execute()
  await db.schema.createIndex('validation_campaigns_pathway_idx').on('validation_campaigns').column('pathway_id').execute()

  await db.schema
    .createTable('validation_campaign_areas')
    .addColumn('campaign_id', 'integer', (col) => col.notNull().references('validation_campaigns.id').onDelete('cascade'))
    .addColumn('competency_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('validation_campaign_areas_pk', ['campaign_id', 'competency_id'])
    .execute()

  // The link's token is never stored: token_hash is its SHA-256, so a leaked table opens no invitation.
  await withId(db, db.schema.createTable('validation_invites'))
    .addColumn('campaign_id', 'integer', (col) => col.notNull().references('validation_campaigns.id').onDelete('cascade'))
    .addColumn('employer_name', 'text', (col) => col.notNull())
    .addColumn('company', 'text', (col) => col.notNull())
    .addColumn('email', 'text', (col) => col.notNull())
    .addColumn('token_hash', 'text', (col) => col.notNull().unique())
    .addColumn('user_id', 'integer', (col) => col.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('submitted_at', 'text')
    .execute()
  await db.schema.createIndex('validation_invites_campaign_idx').on('validation_invites').column('campaign_id').execute()
  await db.schema.createIndex('validation_invites_email_idx').on('validation_invites').column('email').execute()

  await withId(db, db.schema.createTable('validation_ratings'))
    .addColumn('invite_id', 'integer', (col) => col.notNull().references('validation_invites.id').onDelete('cascade'))
    .addColumn('competency_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('rating', 'text', (col) => col.notNull().check(sqlIn('rating', ['essential', 'important', 'not_needed', 'dont_know'])))
    .addColumn('frequency', 'text', (col) => col.check(sqlIn('frequency', ['daily', 'weekly', 'monthly', 'rarely'])))
    .addColumn('comment', 'text')
    .addColumn('updated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('validation_ratings_unique', ['invite_id', 'competency_id'])
    .execute()
  await db.schema.createIndex('validation_ratings_competency_idx').on('validation_ratings').column('competency_id').execute()

  await withId(db, db.schema.createTable('validation_suggestions'))
    .addColumn('invite_id', 'integer', (col) => col.notNull().references('validation_invites.id').onDelete('cascade'))
    .addColumn('area_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('statement', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull().check(sqlIn('status', ['pending', 'accepted', 'declined'])))
    .addColumn('competency_id', 'integer', (col) => col.references('competencies.id').onDelete('set null'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('decided_at', 'text')
    .execute()
  await db.schema.createIndex('validation_suggestions_invite_idx').on('validation_suggestions').column('invite_id').execute()

  // The consensus recorded on each competency when a campaign closes; the analysis reads the latest one.
  await withId(db, db.schema.createTable('competency_validations'))
    .addColumn('competency_id', 'integer', (col) => col.notNull().references('competencies.id').onDelete('cascade'))
    .addColumn('campaign_id', 'integer', (col) => col.notNull().references('validation_campaigns.id').onDelete('cascade'))
    .addColumn('result', 'text', (col) => col.notNull().check(sqlIn('result', RESULTS)))
    .addColumn('respondents', 'integer', (col) => col.notNull())
    .addColumn('validated_at', 'text', (col) => col.notNull())
    .addUniqueConstraint('competency_validations_unique', ['competency_id', 'campaign_id'])
    .execute()

  // Requests counted per subject (a token, an address) in fixed windows, for rate limits shared by processes.
  await db.schema
    .createTable('rate_limit_windows')
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('window_start', 'text', (col) => col.notNull())
    .addColumn('hits', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('rate_limit_windows_pk', ['subject', 'window_start'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('rate_limit_windows').execute()
  await db.schema.dropTable('competency_validations').execute()
  await db.schema.dropTable('validation_suggestions').execute()
  await db.schema.dropTable('validation_ratings').execute()
  await db.schema.dropTable('validation_invites').execute()
  await db.schema.dropTable('validation_campaign_areas').execute()
  await db.schema.dropTable('validation_campaigns').execute()
}
