import { sql, type Kysely } from 'kysely'
import { isPostgres } from './columns'

// One counter per pathway that moves whenever any of the analysis_versions counters its analysis reads moves
// (issue 15): reading a pathway's data version is then a handful of rows, not the twenty thousand counters of a
// statewide catalogue's modules. Triggers on analysis_versions keep it, fanning a bumped counter out to the
// pathways that read it: a module to the pathways that place it, have it as a prerequisite of a placed module or
// articulate from it into one; a credential to those placing a module that leads to it; a framework to those
// that own it; a pathway to itself. Not rolled up, read beside it: what every pathway reads ('global', one row),
// decisions (they move statuses, not the input), and frameworks a pathway reads only through a required skill
// (which pathways those are takes a scan of the framework, too slow for a trigger run per imported row).
//
// No foreign key to pathways: deleting a pathway bumps its own counter, which must not fail.

// The pathways that read the counter of each row of `rows` (scope, scope_id); 20261215T700000 reuses it.
export const readers = (rows: string) => `
  select pm.pathway_id from ${rows} r join pathway_modules pm on pm.module_id = r.scope_id where r.scope = 'module'
  union select pm.pathway_id from ${rows} r join module_prerequisites mp on mp.prerequisite_id = r.scope_id
    join pathway_modules pm on pm.module_id = mp.module_id where r.scope = 'module'
  union select pm.pathway_id from ${rows} r join articulations a on a.from_module_id = r.scope_id
    join pathway_modules pm on pm.module_id = a.to_module_id where r.scope = 'module'
  union select pm.pathway_id from ${rows} r join module_credentials mc on mc.credential_id = r.scope_id
    join pathway_modules pm on pm.module_id = mc.module_id where r.scope = 'credential'
  union select pf.pathway_id from ${rows} r join pathway_frameworks pf on pf.framework_id = r.scope_id where r.scope = 'framework'
  union select r.scope_id from ${rows} r where r.scope = 'pathway'`

const UPSERT = 'on conflict (pathway_id) do update set version = pathway_input_versions.version + 1'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('pathway_input_versions')
    .addColumn('pathway_id', 'integer', (col) => col.primaryKey())
    .addColumn('version', 'integer', (col) => col.notNull())
    .execute()
  if (isPostgres(db)) {
    // Statement triggers over the transition tables: a bulk write bumps each pathway once, in id order (two
    // writers bumping the same pathways take their rows in the same order).
    await sql
      .raw(
        `create function analysis_versions_rollup() returns trigger language plpgsql as $$
        begin
          insert into pathway_input_versions (pathway_id, version)
            select pathway_id, 1 from (${readers('changed_rows')}) x order by pathway_id ${UPSERT};
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
    // Row triggers; an upsert's DO UPDATE fires the update trigger.
    const rows = `(select new.scope as scope, new.scope_id as scope_id)`
    for (const event of ['insert', 'update'])
      await sql
        .raw(`create trigger analysis_versions_rollup_${event} after ${event} on analysis_versions begin
          insert into pathway_input_versions (pathway_id, version) select pathway_id, 1 from (${readers(rows)}) where true ${UPSERT};
        end`)
        .execute(db)
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const event of ['insert', 'update']) await sql.raw(`drop trigger analysis_versions_rollup_${event}${isPostgres(db) ? ' on analysis_versions' : ''}`).execute(db)
  if (isPostgres(db)) await sql.raw('drop function analysis_versions_rollup()').execute(db)
  await db.schema.dropTable('pathway_input_versions').execute()
}
