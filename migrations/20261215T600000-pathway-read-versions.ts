import { sql, type Kysely } from 'kysely'
import { isPostgres } from './columns'

// One counter per pathway that moves whenever a read_versions counter of the pathway or of a module it places
// moves (issue 15): with pathway_input_versions it names a road map's version in a handful of rows, where reading
// the counters of every placed module took one row per module (twenty thousand on a statewide pathway). Triggers
// on read_versions fan a bumped counter out: a module's to the pathways that place it, a pathway's to itself.
// A module placed or removed moves the pathway's analysis counter, so pathway_input_versions, which the road map
// reads beside this one; 'catalogue' (every road map reads it) stays a row of read_versions.
//
// Kept in shards summed on read, as pathway_input_versions is (20261215T700000): each PostgreSQL connection bumps
// its own (its backend's process id modulo SHARDS), so concurrent saves of a pathway's modules (each writes a
// revision, which bumps the module's counter) do not queue on one row; SQLite, one writer at a time, keeps shard 0.
//
// No foreign key to pathways: deleting a pathway may bump its own counter, which must not fail.

// The pathways that read the counter of each row of `rows` (scope, scope_id).
const readers = (rows: string) => `
  select pm.pathway_id from ${rows} r join pathway_modules pm on pm.module_id = r.scope_id where r.scope = 'module'
  union select r.scope_id from ${rows} r where r.scope = 'pathway'`

const SHARDS = 128

const UPSERT = 'on conflict (pathway_id, shard) do update set version = pathway_read_versions.version + 1'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pathway_read_versions')
    .addColumn('pathway_id', 'integer', (col) => col.notNull())
    .addColumn('shard', 'integer', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('pathway_read_versions_pk', ['pathway_id', 'shard'])
    .execute()
  if (isPostgres(db)) {
    // Statement triggers over the transition tables: a bulk write bumps each pathway once, in id order (two
    // writers meeting on a shard take its rows in the same order).
    await sql
      .raw(
        `create function read_versions_rollup() returns trigger language plpgsql as $$
        begin
          insert into pathway_read_versions (pathway_id, shard, version)
            select pathway_id, pg_backend_pid() % ${SHARDS}, 1 from (${readers('changed_rows')}) x order by pathway_id ${UPSERT};
          return null;
        end $$`,
      )
      .execute(db)
    for (const event of ['insert', 'update'])
      await sql
        .raw(
          `create trigger read_versions_rollup_${event} after ${event} on read_versions referencing new table as changed_rows for each statement execute function read_versions_rollup()`,
        )
        .execute(db)
  } else {
    // Row triggers; an upsert's DO UPDATE fires the update trigger.
    const rows = `(select new.scope as scope, new.scope_id as scope_id)`
    for (const event of ['insert', 'update'])
      await sql
        .raw(`create trigger read_versions_rollup_${event} after ${event} on read_versions begin
          insert into pathway_read_versions (pathway_id, shard, version) select pathway_id, 0, 1 from (${readers(rows)}) where true ${UPSERT};
        end`)
        .execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update']) await sql.raw(`drop trigger read_versions_rollup_${event}${isPostgres(db) ? ' on read_versions' : ''}`).execute(db)
  if (isPostgres(db)) await sql.raw('drop function read_versions_rollup()').execute(db)
  await db.schema.dropTable('pathway_read_versions').execute()
}
