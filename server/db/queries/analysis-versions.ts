// The counters that together name the version of one pathway's analysis input: its rollup (pathway_input_versions,
// the sum of its shards, which triggers move with every counter of analysis_versions the pathway reads through its
// placed modules, their prerequisites and articulations, credentials, own frameworks and its own rows), what every
// pathway reads, its decisions, and the frameworks it reads only through a required skill of one of its own. Any
// write to that input moves one of them, and any write that changes which frameworks are required moves the rollup
// (a link or a competency of an own framework, a framework added) or the counter of a framework that was required
// (its competency moved away), so the list changes with every write the analysis would see.
import { sql } from 'kysely'
import type { Db } from '../connect'

export type VersionCounter = { scope: string; scopeId: number; version: number }

type Row = { scope: string; scopeId: number | string; version: number | string }

// The frameworks whose competencies those of the pathway's own frameworks require, own ones left out. Links are
// read first (there are far fewer requirements than competencies, and SQLite would otherwise walk every
// competency of the pathway's frameworks): `cross join` keeps that order in SQLite.
const required = (pathwayId: number) => sql`
  select distinct c.framework_id as id from competency_links l
    cross join competencies k
    cross join competencies c
  where k.id = l.from_id and c.id = l.to_id and l.relation = 'requires'
    and k.framework_id in (select framework_id from pathway_frameworks where pathway_id = ${pathwayId})
    and c.framework_id not in (select framework_id from pathway_frameworks where pathway_id = ${pathwayId})`

// The counters, in one statement (so from one state of the database), each required framework listed at version
// 0 while it has no counter yet. `frameworks` names the required frameworks when the caller knows them; otherwise
// they are found.
export async function pathwayCounters(db: Db, pathwayId: number, frameworks?: readonly number[]): Promise<VersionCounter[]> {
  const which = !frameworks ? required(pathwayId) : frameworks.length ? sql`select id from frameworks where id in (${sql.join(frameworks)})` : sql`select 0 as id where 1 = 0`
  const { rows } = await sql<Row>`
    select 'rollup' as scope, ${pathwayId} as "scopeId", coalesce((select sum(version) from pathway_input_versions where pathway_id = ${pathwayId}), 0) as version
    union all select 'framework', r.id, coalesce((select v.version from analysis_versions v where v.scope = 'framework' and v.scope_id = r.id), 0) from (${which}) r
    union all select scope, scope_id, version from analysis_versions where (scope = 'decisions' and scope_id = ${pathwayId}) or scope = 'global'`.execute(db.withoutPlugins())
  return rows.map((r) => ({ scope: r.scope, scopeId: Number(r.scopeId), version: Number(r.version) }))
}

// Bumps each module's analysis version once, as the alignments' row trigger does for every row it sees: for a
// bulk insert that set that trigger aside (bulk-insert.ts), as PostgreSQL's statement trigger does.
export async function bumpModuleVersions(db: Db, moduleIds: readonly number[]): Promise<void> {
  const ids = [...new Set(moduleIds)]
  for (let at = 0; at < ids.length; at += 1_000) {
    const rows = ids.slice(at, at + 1_000).map((id) => sql`('module', ${id}, 1)`)
    await sql`insert into analysis_versions (scope, scope_id, version) values ${sql.join(rows)} on conflict (scope, scope_id) do update set version = analysis_versions.version + 1`.execute(db)
  }
}
