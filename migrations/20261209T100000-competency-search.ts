import { sql, type Kysely } from 'kysely'
import { isPostgres } from './columns'

// Competency search served by an index instead of a scan of every row (issue 12: one search over 240,000
// competencies took 0.8 s). Both indexes keep the search's meaning, "every word occurs somewhere in the code or
// the statement, in any case": they are trigram indexes, which answer substring matches.
// - SQLite: an FTS5 table with the trigram tokenizer over code and statement, an external-content table (it
//   stores only the index) kept in step with competencies by triggers, so every write path is covered.
// - PostgreSQL: a GIN trigram index (pg_trgm) on lower(code || ' ' || statement), the expression the search
//   query filters on. pg_trgm ships with PostgreSQL and is a trusted extension; where it cannot be installed
//   (no CREATE privilege) the index is left out and search scans as before, with the same answers.
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return upPostgres(db)
  await sql`create virtual table competencies_search using fts5(code, statement, content='competencies', content_rowid='id', tokenize='trigram')`.execute(db)
  await sql`create trigger competencies_search_insert after insert on competencies begin
    insert into competencies_search(rowid, code, statement) values (new.id, new.code, new.statement);
  end`.execute(db)
  await sql`create trigger competencies_search_delete after delete on competencies begin
    insert into competencies_search(competencies_search, rowid, code, statement) values ('delete', old.id, old.code, old.statement);
  end`.execute(db)
  await sql`create trigger competencies_search_update after update of code, statement on competencies begin
    insert into competencies_search(competencies_search, rowid, code, statement) values ('delete', old.id, old.code, old.statement);
    insert into competencies_search(rowid, code, statement) values (new.id, new.code, new.statement);
  end`.execute(db)
  // Fills the index for the rows already there.
  await sql`insert into competencies_search(competencies_search) values ('rebuild')`.execute(db)
}

// The schema pg_trgm lives in (installing it first when it may be), or null when it cannot be had.
async function trigramSchema(db: Kysely<any>): Promise<string | null> {
  // Test schemas migrate side by side: one installs the extension, the others wait and find it.
  await sql`select pg_advisory_xact_lock(hashtext('rungs:pg_trgm'))`.execute(db)
  const installed = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db)
  if (installed.rows[0]) return installed.rows[0].schema
  // Into public, which outlives any one schema (a dropped schema would take the extension and every index on it).
  const may = await sql<{ ok: boolean }>`
    select exists (select 1 from pg_available_extensions where name = 'pg_trgm')
      and has_database_privilege(current_database(), 'CREATE')
      and exists (select 1 from pg_namespace where nspname = 'public' and has_schema_privilege(oid, 'CREATE')) as ok`.execute(db)
  if (!may.rows[0]?.ok) return null
  await sql`create extension if not exists pg_trgm with schema public`.execute(db)
  return 'public'
}

async function upPostgres(db: Kysely<any>): Promise<void> {
  const schema = await trigramSchema(db)
  if (schema === null) return
  await sql`create index competencies_search_trgm on competencies using gin (lower(code || ' ' || statement) ${sql.id(schema)}.gin_trgm_ops)`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // The extension stays: other schemas of the database may use it.
    await sql`drop index if exists competencies_search_trgm`.execute(db)
    return
  }
  await sql`drop trigger competencies_search_update`.execute(db)
  await sql`drop trigger competencies_search_delete`.execute(db)
  await sql`drop trigger competencies_search_insert`.execute(db)
  await sql`drop table competencies_search`.execute(db)
}
