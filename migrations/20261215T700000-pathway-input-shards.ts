import { sql, type Kysely } from 'kysely'
import { isPostgres } from './columns'
import * as singleRow from './20261213T800000-pathway-input-versions'

// A pathway's input version in shards (issue 15), summed when read. With one row per pathway, every save that
// touched the pathway's input took that row's lock until it committed, so concurrent saves of different modules
// of one pathway queued behind each other on PostgreSQL (bench/writes.ts: 0.70x the throughput and 2.65x the
// p99 of the same saves without the rollup). Now each PostgreSQL connection bumps its own shard (its backend's
// process id modulo SHARDS), so two transactions meet on a row only when their ids share a remainder; the sum
// still moves with every committed bump, which is all a version must do. SQLite has one writer at a time: it
// keeps shard 0. The triggers and the pathways they fan out to are those of 20261213T800000.
const SHARDS = 128

const UPSERT = 'on conflict (pathway_id, shard) do update set version = pathway_input_versions.version + 1'

async function createTriggers(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // In pathway id order, as before: two writers meeting on a shard take its rows in the same order.
    await sql
      .raw(
        `create function analysis_versions_rollup() returns trigger language plpgsql as $$
        begin
          insert into pathway_input_versions (pathway_id, shard, version)
            select pathway_id, pg_backend_pid() % ${SHARDS}, 1 from (${singleRow.readers('changed_rows')}) x order by pathway_id ${UPSERT};
          return null;
        end $$`,
      )
      .execute(db)
    for (const event of ['insert', 'update'])
      await sql
        .raw(
          `create trigger analysis_versions_rollup_${event} after ${event} on analysis_versions referencing new table as changed_rows for each statement execute function analysis_versions_rollup()`,
        )
        .execute(db)
  } else {
    const rows = `(select new.scope as scope, new.scope_id as scope_id)`
    for (const event of ['insert', 'update'])
      await sql
        .raw(`create trigger analysis_versions_rollup_${event} after ${event} on analysis_versions begin
          insert into pathway_input_versions (pathway_id, shard, version) select pathway_id, 0, 1 from (${singleRow.readers(rows)}) where true ${UPSERT};
        end`)
        .execute(db)
  }
}

async function dropTriggers(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update']) await sql.raw(`drop trigger analysis_versions_rollup_${event}${isPostgres(db) ? ' on analysis_versions' : ''}`).execute(db)
  if (isPostgres(db)) await sql.raw('drop function analysis_versions_rollup()').execute(db)
}

// Inserts (pathway_id, shard, version) rows, a few hundred per statement.
async function insertRows(db: Kysely<any>, rows: readonly Record<string, number>[]): Promise<void> {
  for (let at = 0; at < rows.length; at += 300) await db.insertInto('pathway_input_versions').values(rows.slice(at, at + 300)).execute()
}

export async function up(db: Kysely<any>): Promise<void> {
  const kept = await db.selectFrom('pathway_input_versions').select(['pathway_id', 'version']).execute()
  await singleRow.down(db)
  await db.schema
    .createTable('pathway_input_versions')
    .addColumn('pathway_id', 'integer', (col) => col.notNull())
    .addColumn('shard', 'integer', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('pathway_input_versions_shard_pk', ['pathway_id', 'shard'])
    .execute()
  await insertRows(
    db,
    kept.map((r) => ({ pathway_id: Number(r.pathway_id), shard: 0, version: Number(r.version) })),
  )
  await createTriggers(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  const sums = await db
    .selectFrom('pathway_input_versions')
    .select(['pathway_id', (eb) => eb.fn.sum<number | string>('version').as('version')])
    .groupBy('pathway_id')
    .execute()
  await dropTriggers(db)
  await db.schema.dropTable('pathway_input_versions').execute()
  await singleRow.up(db)
  await insertRows(
    db,
    sums.map((r) => ({ pathway_id: Number(r.pathway_id), version: Number(r.version) })),
  )
}
