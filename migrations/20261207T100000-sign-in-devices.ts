import type { Kysely } from 'kysely'
import { withId } from './columns'

// Devices a person has signed in from (a random cookie, stored here only as its SHA-256), so that the lock an
// attacker can put on an account by failing its password holds back new devices only. Sign-in failures are
// now counted in rate_limit_windows, atomically before the password is checked, so login_failures goes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sign_in_devices')
    .addColumn('token_hash', 'text', (col) => col.primaryKey())
    .addColumn('user_id', 'integer', (col) => col.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (col) => col.notNull())
    .addColumn('last_used_at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('sign_in_devices_user_idx').on('sign_in_devices').column('user_id').execute()
  await db.schema.createIndex('sessions_expires_idx').on('sessions').column('expires_at').execute()
  await db.schema.createIndex('rate_limit_windows_start_idx').on('rate_limit_windows').column('window_start').execute()
  await db.schema.dropTable('login_failures').execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('login_failures'))
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('at', 'text', (col) => col.notNull())
    .execute()
  await db.schema.createIndex('login_failures_subject_idx').on('login_failures').columns(['subject', 'at']).execute()
  await db.schema.dropIndex('rate_limit_windows_start_idx').execute()
  await db.schema.dropIndex('sessions_expires_idx').execute()
  await db.schema.dropTable('sign_in_devices').execute()
}
