// The counters (analysis_versions, bumped by triggers) that the analysis of one pathway reads: its own, its
// decisions', what every pathway reads, and those of the modules, credentials and frameworks its input comes
// from. Any write to that input bumps one of them, and any write that changes which of them belong here (a
// module placed or removed, a framework added, a basic skill required) bumps one that stays, so the list
// changes with every write the analysis would see.
import { sql } from 'kysely'
import type { Db } from '../connect'

export type VersionCounter = { scope: string; scopeId: number; version: number }

export async function pathwayCounters(db: Db, pathwayId: number): Promise<VersionCounter[]> {
  const { rows } = await sql<{ scope: string; scopeId: number | string; version: number | string }>`
    with placed as (select module_id as id from pathway_modules where pathway_id = ${pathwayId}),
    own_frameworks as (select framework_id as id from pathway_frameworks where pathway_id = ${pathwayId}),
    modules_read as (
      select id from placed
      union select prerequisite_id from module_prerequisites where module_id in (select id from placed)
      union select from_module_id from articulations where to_module_id in (select id from placed) and from_module_id is not null),
    credentials_read as (select credential_id as id from module_credentials where module_id in (select id from placed)),
    frameworks_read as (
      select id from own_frameworks
      union select c.framework_id from competency_links l
        join competencies k on k.id = l.from_id
        join competencies c on c.id = l.to_id
        where l.relation = 'requires' and k.framework_id in (select id from own_frameworks))
    select scope, scope_id as "scopeId", version from analysis_versions
    where (scope = 'module' and scope_id in (select id from modules_read))
      or (scope = 'credential' and scope_id in (select id from credentials_read))
      or (scope = 'framework' and scope_id in (select id from frameworks_read))
      or (scope in ('pathway', 'decisions') and scope_id = ${pathwayId})
      or scope = 'global'
    order by scope, scope_id`.execute(db.withoutPlugins())
  return rows.map((r) => ({ scope: r.scope, scopeId: Number(r.scopeId), version: Number(r.version) }))
}
