// Version counters kept by triggers: a table of (scope, scope_id, version) rows, and for each table whose rows
// feed a result, which counters a written row bumps (its old and its new state both). Triggers, not services,
// keep them, so no write path (service, import, CLI, seed, psql) can be missed. Frozen like the migrations:
// change it only by adding helpers.
import { sql, type Kysely } from 'kysely'
import { isPostgres } from './columns'

// One counter a written row bumps: its scope, and the SQL naming its id from the row (null: none).
export type Bump = { scope: string; id: (row: string) => string }
export type Bumps = Record<string, Bump[]>

// The id is a column of the row.
export const column = (name: string) => (row: string) => `${row}.${name}`
// One counter for the whole scope.
export const everywhere = () => '0'

// Creates the counters table and the triggers that bump it; trigger names end in `suffix`.
export async function createCounters(db: Kysely<any>, table: string, suffix: string, bumps: Bumps): Promise<void> {
  await db.schema
    .createTable(table)
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('scope_id', 'integer', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint(`${table}_pk`, ['scope', 'scope_id'])
    .execute()
  await createCounterTriggers(db, table, suffix, bumps)
}

// Adds triggers to a counters table that exists already: more tables whose rows feed its results.
export async function createCounterTriggers(db: Kysely<any>, table: string, suffix: string, bumps: Bumps): Promise<void> {
  const upsert = `on conflict (scope, scope_id) do update set version = ${table}.version + 1`
  if (isPostgres(db)) await postgresTriggers(db, table, suffix, bumps, upsert)
  else await sqliteTriggers(db, table, suffix, bumps, upsert)
}

// SQLite: row triggers, one per table and event.
async function sqliteTriggers(db: Kysely<any>, counters: string, suffix: string, bumps: Bumps, upsert: string): Promise<void> {
  const bump = (b: Bump, row: string) =>
    `insert into ${counters} (scope, scope_id, version) select '${b.scope}', ${b.id(row)}, 1 where ${b.id(row)} is not null ${upsert};`
  for (const [table, its] of Object.entries(bumps)) {
    const on = (rows: string[]) => its.flatMap((b) => rows.map((row) => bump(b, row))).join('\n')
    await sql.raw(`create trigger ${table}_${suffix}_insert after insert on ${table} begin ${on(['new'])} end`).execute(db)
    await sql.raw(`create trigger ${table}_${suffix}_update after update on ${table} begin ${on(['old', 'new'])} end`).execute(db)
    await sql.raw(`create trigger ${table}_${suffix}_delete after delete on ${table} begin ${on(['old'])} end`).execute(db)
  }
}

// PostgreSQL: statement triggers over the transition tables, so a bulk write bumps each counter once.
async function postgresTriggers(db: Kysely<any>, counters: string, suffix: string, bumps: Bumps, upsert: string): Promise<void> {
  for (const [table, its] of Object.entries(bumps)) {
    const from = (rows: string) =>
      `insert into ${counters} (scope, scope_id, version)
        select distinct scope, id, 1 from (${its.map((b) => `select '${b.scope}' as scope, ${b.id('r')} as id from ${rows} r`).join(' union all ')}) x
        where id is not null ${upsert};`
    await sql
      .raw(
        `create function ${table}_${suffix}_bump() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'DELETE' then ${from('new_rows')} end if;
          if tg_op <> 'INSERT' then ${from('old_rows')} end if;
          return null;
        end $$`,
      )
      .execute(db)
    const trigger = (event: string, referencing: string) =>
      sql.raw(`create trigger ${table}_${suffix}_${event} after ${event} on ${table} referencing ${referencing} for each statement execute function ${table}_${suffix}_bump()`).execute(db)
    await trigger('insert', 'new table as new_rows')
    await trigger('update', 'old table as old_rows new table as new_rows')
    await trigger('delete', 'old table as old_rows')
  }
}

// Drops what createCounters made.
export async function dropCounters(db: Kysely<any>, table: string, suffix: string, bumps: Bumps): Promise<void> {
  await dropCounterTriggers(db, suffix, bumps)
  await db.schema.dropTable(table).execute()
}

// Drops what createCounterTriggers made.
export async function dropCounterTriggers(db: Kysely<any>, suffix: string, bumps: Bumps): Promise<void> {
  for (const name of Object.keys(bumps)) {
    for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${name}_${suffix}_${event}${isPostgres(db) ? ` on ${name}` : ''}`).execute(db)
    if (isPostgres(db)) await sql.raw(`drop function ${name}_${suffix}_bump()`).execute(db)
  }
}
