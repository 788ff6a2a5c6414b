import { sql, type Kysely } from 'kysely'

// Credential Engine identifies every published resource by a CTID, "ce-" and a version-4 UUID, that must never
// change once published. The rows that leave Rungs as CTDL resources keep theirs in a column (ce_ctid, as
// PostgreSQL reserves "ctid"), so a CTID survives a later change of the row's uuid (a re-import matched by code)
// and one assigned elsewhere can be kept. Existing rows take their uuid with the version digit set to 4 (the
// demo's uuids are name-based, version 5), the same rule the export applies to rows that have none yet.
const TABLES = ['pathways', 'frameworks', 'competencies', 'modules', 'credentials'] as const

export async function up(db: Kysely<any>): Promise<void> {
  for (const table of TABLES) {
    await db.schema.alterTable(table).addColumn('ce_ctid', 'text').execute()
    await sql`update ${sql.table(table)} set ce_ctid = 'ce-' || lower(substr(uuid, 1, 14)) || '4' || lower(substr(uuid, 16))`.execute(db)
    await db.schema.createIndex(`${table}_ce_ctid_unique`).on(table).column('ce_ctid').unique().execute()
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [...TABLES].reverse()) {
    await db.schema.dropIndex(`${table}_ce_ctid_unique`).execute()
    await db.schema.alterTable(table).dropColumn('ce_ctid').execute()
  }
}
