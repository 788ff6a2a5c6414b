import { sql, type Kysely } from 'kysely'
import { isPostgres, sqlFlag, withId } from './columns'

// The analysis of a pathway as a stored, shared result (issue 15): computed once per version of its inputs and
// read by every replica.
//
// analysis_versions holds a counter per scope of input: a module (with its outcomes, alignments, prerequisites,
// credentials and articulations into it), a credential (with its stacking), a framework (with its competencies,
// their links and employer consensus), a pathway (its row, stages and placements, frameworks, exit jobs), the
// decisions on a pathway's findings, and what every pathway reads (levels, occupations, wages, projections).
// Triggers bump them, so no write path (service, import, CLI, seed, psql) can be missed. A pathway's version is
// the exact list of the counters its analysis reads (services/analysis-cache/version.ts).
//
// analysis_snapshots and analysis_findings hold computed results, one finding per row so that a page of them can
// be filtered and read without the rest; analysis_leases lets one replica at a time recompute a result.

type Bump = { scope: string; id: (row: string) => string }

const column = (name: string) => (row: string) => `${row}.${name}`
// The framework of the competency a column names (scalar subquery: one row).
const frameworkOf = (name: string) => (row: string) => `(select c.framework_id from competencies c where c.id = ${row}.${name})`
const everywhere = () => '0'

// For each table the analysis reads, which counters a written row bumps (its old and its new state both).
const BUMPS: Record<string, Bump[]> = {
  modules: [{ scope: 'module', id: column('id') }],
  outcomes: [{ scope: 'module', id: column('module_id') }],
  alignments: [{ scope: 'module', id: column('module_id') }],
  module_prerequisites: [{ scope: 'module', id: column('module_id') }],
  module_credentials: [{ scope: 'module', id: column('module_id') }],
  articulations: [{ scope: 'module', id: column('to_module_id') }],
  credentials: [{ scope: 'credential', id: column('id') }],
  credential_stacks: [{ scope: 'credential', id: column('from_id') }],
  pathways: [{ scope: 'pathway', id: column('id') }],
  pathway_modules: [{ scope: 'pathway', id: column('pathway_id') }],
  pathway_frameworks: [{ scope: 'pathway', id: column('pathway_id') }],
  pathway_exit_occupations: [{ scope: 'pathway', id: column('pathway_id') }],
  finding_decisions: [{ scope: 'decisions', id: column('pathway_id') }],
  frameworks: [{ scope: 'framework', id: column('id') }],
  // A child may sit in another framework than its parent (a required skill's descendants are read with it).
  competencies: [{ scope: 'framework', id: column('framework_id') }, { scope: 'framework', id: frameworkOf('parent_id') }],
  competency_links: [{ scope: 'framework', id: frameworkOf('from_id') }],
  competency_validations: [{ scope: 'framework', id: frameworkOf('competency_id') }],
  skill_levels: [{ scope: 'global', id: everywhere }],
  entry_levels: [{ scope: 'global', id: everywhere }],
  occupations: [{ scope: 'global', id: everywhere }],
  occupation_wages: [{ scope: 'global', id: everywhere }],
  occupation_projections: [{ scope: 'global', id: everywhere }],
}

const UPSERT = 'on conflict (scope, scope_id) do update set version = analysis_versions.version + 1'

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('analysis_versions')
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('scope_id', 'integer', (col) => col.notNull())
    .addColumn('version', 'integer', (col) => col.notNull())
    .addPrimaryKeyConstraint('analysis_versions_pk', ['scope', 'scope_id'])
    .execute()
  await withId(db, db.schema.createTable('analysis_snapshots'))
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    // Whose view of the pathway: 'all' (admins), 'org:<id>' (that organisation's drafts too), 'approved'.
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('input_version', 'text', (col) => col.notNull())
    .addColumn('computed_at', 'text', (col) => col.notNull())
    // 0 while its findings are being written: readers take the latest complete snapshot.
    .addColumn('complete', 'integer', (col) => col.notNull().defaultTo(0).check(sqlFlag('complete')))
    .addColumn('finding_count', 'integer', (col) => col.notNull().defaultTo(0))
    // The findings by kind and by severity (JSON), before decisions: the page's totals start from them.
    .addColumn('counts', 'text')
    .execute()
  await db.schema.createIndex('analysis_snapshots_pathway_idx').on('analysis_snapshots').columns(['pathway_id', 'scope', 'complete']).execute()
  await db.schema
    .createTable('analysis_findings')
    .addColumn('snapshot_id', 'integer', (col) => col.notNull().references('analysis_snapshots.id').onDelete('cascade'))
    .addColumn('position', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('severity', 'text', (col) => col.notNull())
    .addColumn('fingerprint', 'text', (col) => col.notNull())
    .addColumn('facts_hash', 'text', (col) => col.notNull())
    // Comma-framed lists (",12,40,") for the level, module and competency filters.
    .addColumn('levels', 'text', (col) => col.notNull())
    .addColumn('module_ids', 'text', (col) => col.notNull())
    .addColumn('competency_ids', 'text', (col) => col.notNull())
    // The message and the codes and titles it names, lower case, for the search filter.
    .addColumn('search', 'text', (col) => col.notNull())
    // The finding as the API answers it (JSON), before its decision is added.
    .addColumn('body', 'text', (col) => col.notNull())
    .addPrimaryKeyConstraint('analysis_findings_pk', ['snapshot_id', 'position'])
    .execute()
  await db.schema.createIndex('analysis_findings_fingerprint_idx').on('analysis_findings').columns(['snapshot_id', 'fingerprint']).execute()
  await db.schema
    .createTable('analysis_leases')
    .addColumn('pathway_id', 'integer', (col) => col.notNull().references('pathways.id').onDelete('cascade'))
    .addColumn('scope', 'text', (col) => col.notNull())
    .addColumn('owner', 'text')
    .addColumn('until', 'text')
    // How many times the result was computed (by any replica): the replicas test reads it.
    .addColumn('computations', 'integer', (col) => col.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('analysis_leases_pk', ['pathway_id', 'scope'])
    .execute()
  if (isPostgres(db)) await postgresTriggers(db)
  else await sqliteTriggers(db)
}

// SQLite: row triggers, one per table and event.
async function sqliteTriggers(db: Kysely<any>): Promise<void> {
  const bump = (b: Bump, row: string) =>
    `insert into analysis_versions (scope, scope_id, version) select '${b.scope}', ${b.id(row)}, 1 where ${b.id(row)} is not null ${UPSERT};`
  for (const [table, bumps] of Object.entries(BUMPS)) {
    const on = (rows: string[]) => bumps.flatMap((b) => rows.map((row) => bump(b, row))).join('\n')
    await sql.raw(`create trigger ${table}_analysis_insert after insert on ${table} begin ${on(['new'])} end`).execute(db)
    await sql.raw(`create trigger ${table}_analysis_update after update on ${table} begin ${on(['old', 'new'])} end`).execute(db)
    await sql.raw(`create trigger ${table}_analysis_delete after delete on ${table} begin ${on(['old'])} end`).execute(db)
  }
}

// PostgreSQL: statement triggers over the transition tables, so a bulk insert of half a million alignments bumps
// each module once rather than once per row.
async function postgresTriggers(db: Kysely<any>): Promise<void> {
  for (const [table, bumps] of Object.entries(BUMPS)) {
    const from = (rows: string) =>
      `insert into analysis_versions (scope, scope_id, version)
        select distinct scope, id, 1 from (${bumps.map((b) => `select '${b.scope}' as scope, ${b.id('r')} as id from ${rows} r`).join(' union all ')}) x
        where id is not null ${UPSERT};`
    await sql
      .raw(
        `create function ${table}_analysis_bump() returns trigger language plpgsql as $$
        begin
          if tg_op <> 'DELETE' then ${from('new_rows')} end if;
          if tg_op <> 'INSERT' then ${from('old_rows')} end if;
          return null;
        end $$`,
      )
      .execute(db)
    const trigger = (event: string, referencing: string) =>
      sql.raw(`create trigger ${table}_analysis_${event} after ${event} on ${table} referencing ${referencing} for each statement execute function ${table}_analysis_bump()`).execute(db)
    await trigger('insert', 'new table as new_rows')
    await trigger('update', 'old table as old_rows new table as new_rows')
    await trigger('delete', 'old table as old_rows')
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of Object.keys(BUMPS)) {
    for (const event of ['insert', 'update', 'delete']) await sql.raw(`drop trigger ${table}_analysis_${event}${isPostgres(db) ? ` on ${table}` : ''}`).execute(db)
    if (isPostgres(db)) await sql.raw(`drop function ${table}_analysis_bump()`).execute(db)
  }
  await db.schema.dropTable('analysis_leases').execute()
  await db.schema.dropTable('analysis_findings').execute()
  await db.schema.dropTable('analysis_snapshots').execute()
  await db.schema.dropTable('analysis_versions').execute()
}
