// SQL for the bridge builder: the modules to prepare for, what they align to, what that requires of basic
// skills, and the competencies involved with all their ancestors.
import type { BridgeCompetency } from '../../../shared/domain/bridges/catalogue'
import type { Requirement } from '../../../shared/domain/bridges/needs'
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import { targetColumns } from './bridge-targets'
import { visibleTo } from './visibility'

// The modules among these ids that the reader may see, by code.
export function modulesForBridge(db: Db, ids: readonly number[], reader: Actor | null) {
  if (!ids.length) return Promise.resolve([])
  return db.selectFrom('modules').select(targetColumns).where('modules.id', 'in', ids).where(visibleTo(reader)).orderBy('modules.code').execute()
}

// The occupational and integrated modules at one stage of a pathway that the reader may see (bridges prepare for
// these, not for bridges).
export function modulesAtStage(db: Db, pathwayId: number, stage: number, reader: Actor | null) {
  return db
    .selectFrom('pathway_modules')
    .innerJoin('modules', 'modules.id', 'pathway_modules.moduleId')
    .select(targetColumns)
    .where('pathway_modules.pathwayId', '=', pathwayId)
    .where('pathway_modules.stage', '=', stage)
    .where('modules.kind', '!=', 'bridge')
    .where(visibleTo(reader))
    .orderBy('modules.code')
    .execute()
}

// The competencies the modules align to, as a whole or through an outcome.
export async function alignedCompetencyIds(db: Db, moduleIds: readonly number[]): Promise<number[]> {
  if (!moduleIds.length) return []
  const rows = await db.selectFrom('alignments').select('competencyId').distinct().where('moduleId', 'in', moduleIds).execute()
  return rows.map((r) => r.competencyId)
}

// The "requires" links to basic-skills standards from any of these competencies.
export function basicSkillRequirements(db: Db, fromIds: readonly number[]): Promise<Requirement[]> {
  if (!fromIds.length) return Promise.resolve([])
  return db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as t', 't.id', 'l.toId')
    .innerJoin('frameworks as f', 'f.id', 't.frameworkId')
    .select(['l.fromId', 'l.toId', 'l.minLevel'])
    .where('l.relation', '=', 'requires')
    .where('f.kind', '=', 'basic_skills')
    .where('l.fromId', 'in', fromIds)
    .orderBy('l.id')
    .execute()
}

// These competencies and all their ancestors, one query per generation.
export async function competenciesWithAncestors(db: Db, ids: readonly number[]): Promise<Map<number, BridgeCompetency>> {
  const found = new Map<number, BridgeCompetency>()
  let wanted = [...new Set(ids)]
  while (wanted.length) {
    const rows = await db
      .selectFrom('competencies')
      .select(['id', 'frameworkId', 'parentId', 'code', 'statement', 'level', 'subject'])
      .where('id', 'in', wanted)
      .execute()
    for (const row of rows) found.set(row.id, row)
    wanted = [...new Set(rows.flatMap((r) => (r.parentId !== null && !found.has(r.parentId) ? [r.parentId] : [])))]
  }
  return found
}
