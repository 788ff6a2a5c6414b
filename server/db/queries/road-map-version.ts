// The counters a pathway's road map reads (services/pathways/road-map-answer.ts), a handful of rows whatever the
// pathway's size (each rollup the sum of its shards): the rollup of every analysis counter the pathway reads
// (pathway_input_versions: the pathway, its placed modules and what hangs from them, its frameworks), the rollup of the road map's own counters of the
// pathway and its placed modules (pathway_read_versions), and the counters every road map reads (the analysis's
// 'global', read_versions' 'catalogue'). A write to anything the road map shows bumps one of them; a write that
// changes which modules or frameworks belong here (a module placed or removed, a framework added) bumps the
// pathway's analysis counter, so its rollup.
import { sql } from 'kysely'
import type { Db } from '../connect'

export type RoadMapCounter = { source: string; scope: string; scopeId: number | string; version: number | string }

// By slug, so that they can be read before the pathway's row: what is read after them is at least as new. None
// for a slug no pathway has.
export async function roadMapCounters(db: Db, slug: string): Promise<RoadMapCounter[]> {
  const { rows } = await sql<RoadMapCounter>`
    with pathway as (select id from pathways where slug = ${slug})
    select 'analysis' as source, 'rollup' as scope, p.id as "scopeId",
      coalesce((select sum(v.version) from pathway_input_versions v where v.pathway_id = p.id), 0) as version from pathway p
    union all select 'read', 'rollup', p.id, coalesce((select sum(v.version) from pathway_read_versions v where v.pathway_id = p.id), 0) from pathway p
    union all select 'analysis', scope, scope_id, version from analysis_versions where scope = 'global'
    union all select 'read', scope, scope_id, version from read_versions where scope = 'catalogue'
    order by 1, 2, 3`.execute(db.withoutPlugins())
  return rows
}
