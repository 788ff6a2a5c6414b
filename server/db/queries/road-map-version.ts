// The counters a pathway's road map reads (services/pathways/road-map-version.ts): the analysis's counters of the
// pathway, its placed modules, its own frameworks and what every pathway reads (analysis_versions), and the road
// map's own of the pathway, its placed modules and the catalogue (read_versions). A write to anything the road map
// shows bumps one of them, and a write that changes which of them belong here (a module placed or removed, a
// framework added) bumps the pathway's, which stays.
import { sql } from 'kysely'
import type { Db } from '../connect'

export type RoadMapCounter = { source: string; scope: string; scopeId: number | string; version: number | string }

// By slug, so that they can be read before the pathway's row: what is read after them is at least as new.
export async function roadMapCounters(db: Db, slug: string): Promise<RoadMapCounter[]> {
  const { rows } = await sql<RoadMapCounter>`
    with pathway as (select id from pathways where slug = ${slug}),
    placed as (select module_id as id from pathway_modules where pathway_id in (select id from pathway))
    select 'analysis' as source, scope, scope_id as "scopeId", version from analysis_versions
    where (scope = 'pathway' and scope_id in (select id from pathway))
      or (scope = 'module' and scope_id in (select id from placed))
      or (scope = 'framework' and scope_id in (select framework_id from pathway_frameworks where pathway_id in (select id from pathway)))
      or scope = 'global'
    union all
    select 'read' as source, scope, scope_id as "scopeId", version from read_versions
    where (scope = 'pathway' and scope_id in (select id from pathway))
      or (scope = 'module' and scope_id in (select id from placed))
      or scope = 'catalogue'
    order by 1, 2, 3`.execute(db.withoutPlugins())
  return rows
}
