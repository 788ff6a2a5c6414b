import { sql, type Kysely } from 'kysely'
import { isPostgres, sqlFlag } from './columns'

// Faithful CASE (issue 16): codes may repeat inside a framework, because CASE makes the identifier the identity
// and real frameworks reuse a humanCodingScheme; what Rungs does not use of a CASE package is kept as JSON text
// (case_extra) on the framework, the competency and the link, so an export writes it back; a code Rungs made up
// for an item without one is flagged, so it is not exported as the item's humanCodingScheme.
export async function up(db: Kysely<any>): Promise<void> {
  // After a migration down the constraint is a unique index of that name (see down).
  if (isPostgres(db)) {
    await sql`alter table competencies drop constraint if exists competencies_framework_code_unique`.execute(db)
    await sql`drop index if exists competencies_framework_code_unique`.execute(db)
  }
  else await rebuildWithoutUniqueCode(db)
  await db.schema.createIndex('competencies_framework_code_idx').on('competencies').columns(['framework_id', 'code']).execute()
  for (const table of ['frameworks', 'competencies', 'competency_links']) {
    await db.schema.alterTable(table).addColumn('case_extra', 'text').execute()
  }
  await db.schema.alterTable('competencies').addColumn('code_generated', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('code_generated'))).execute()
}

// SQLite cannot drop a table constraint: the table is rebuilt as SQLite's documented procedure says (foreign keys
// off, copy, drop, rename), keeping its own text, indexes and triggers except the constraint. Migrations on SQLite
// run outside a transaction, so the pragma takes effect; one is opened for the rebuild itself.
async function rebuildWithoutUniqueCode(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ type: string; name: string; sql: string | null }>`
    select type, name, sql from sqlite_master where tbl_name = 'competencies' order by type = 'table' desc`.execute(db)
  // After a migration down the constraint is a unique index, which drops like any other.
  if (rows.some((r) => r.type === 'index' && r.name === 'competencies_framework_code_unique')) {
    await sql`drop index competencies_framework_code_unique`.execute(db)
    return
  }
  const table = rows.find((r) => r.type === 'table')!.sql!
  const without = table.replace(/,\s*constraint\s+"?competencies_framework_code_unique"?\s+unique\s*\([^)]*\)/i, '')
  if (without === table) throw new Error('competencies_framework_code_unique was not found in the competencies table')
  const attached = rows.filter((r) => r.type !== 'table' && r.sql)
  await sql`pragma foreign_keys = off`.execute(db)
  try {
    await sql`begin`.execute(db)
    await sql.raw(without.replace(/^create table\s+"?competencies"?/i, 'create table "competencies_rebuilt"')).execute(db)
    await sql`insert into competencies_rebuilt select * from competencies`.execute(db)
    // Ids of deleted rows are never given again (AUTOINCREMENT): the counter moves over with the table.
    const seq = await sql<{ seq: number }>`select seq from sqlite_sequence where name = 'competencies'`.execute(db)
    await sql`drop table competencies`.execute(db)
    // Triggers of other tables read competencies (analysis_versions' bumps): between the drop and the rename they
    // name a missing table, which a modern rename refuses; the legacy rename leaves them as they are, and right.
    await sql`pragma legacy_alter_table = on`.execute(db)
    await sql`alter table competencies_rebuilt rename to competencies`.execute(db)
    await sql`pragma legacy_alter_table = off`.execute(db)
    if (seq.rows[0]) await sql`update sqlite_sequence set seq = max(seq, ${seq.rows[0].seq}) where name = 'competencies'`.execute(db)
    for (const row of attached) await sql.raw(row.sql!).execute(db)
    const broken = await sql`pragma foreign_key_check`.execute(db)
    if (broken.rows.length) throw new Error(`Rebuilding competencies broke ${broken.rows.length} references`)
    await sql`commit`.execute(db)
  } catch (error) {
    await sql`rollback`.execute(db)
    throw error
  } finally {
    await sql`pragma foreign_keys = on`.execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('competencies').dropColumn('code_generated').execute()
  for (const table of ['frameworks', 'competencies', 'competency_links']) await db.schema.alterTable(table).dropColumn('case_extra').execute()
  await db.schema.dropIndex('competencies_framework_code_idx').execute()
  // Fails, as it should, while a framework holds a repeated code.
  await db.schema.createIndex('competencies_framework_code_unique').unique().on('competencies').columns(['framework_id', 'code']).execute()
}
