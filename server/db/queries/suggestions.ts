// SQL for suggested alignments: the frameworks a module is held against, their items (read once per framework
// version into the ranking index), what is aligned or dismissed already, and dismissals.
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import type { Db } from '../connect'
import { now } from '../stamps'

// The frameworks of the pathways that place any of these modules.
export async function frameworksOfPathwaysPlacing(db: Db, moduleIds: readonly number[]): Promise<number[]> {
  if (!moduleIds.length) return []
  const rows = await db
    .selectFrom('pathway_frameworks as pf')
    .innerJoin('pathway_modules as pm', 'pm.pathwayId', 'pf.pathwayId')
    .select('pf.frameworkId')
    .distinct()
    .where('pm.moduleId', 'in', moduleIds)
    .execute()
  return rows.map((r) => r.frameworkId)
}

// Frameworks by id or by kind, with what a suggestion shows of them; the order is stable (by id).
export function frameworksWhere(db: Db, where: { ids: readonly number[] } | { kinds: readonly FrameworkKind[] }) {
  let query = db.selectFrom('frameworks').select(['id', 'title', 'kind']).orderBy('id')
  if ('ids' in where) {
    if (!where.ids.length) return Promise.resolve([])
    query = query.where('id', 'in', [...where.ids])
  } else query = query.where('kind', 'in', [...where.kinds])
  return query.execute()
}

// The data version of each framework (bumped by triggers on any write to it or its items); 0 for one never written.
export async function frameworkVersions(db: Db, ids: readonly number[]): Promise<Map<number, number>> {
  const versions = new Map(ids.map((id) => [id, 0]))
  if (!ids.length) return versions
  const rows = await db
    .selectFrom('analysis_versions')
    .select(['scopeId', 'version'])
    .where('scope', '=', 'framework')
    .where('scopeId', 'in', [...ids])
    .execute()
  for (const row of rows) versions.set(Number(row.scopeId), Number(row.version))
  return versions
}

// Every item of these frameworks with what the ranking reads (areas and retired items too: they give context).
export function itemsOfFrameworks(db: Db, frameworkIds: readonly number[]) {
  if (!frameworkIds.length) return Promise.resolve([])
  return db
    .selectFrom('competencies')
    .select(['id', 'frameworkId', 'parentId', 'code', 'statement', 'kind', 'retiredAt'])
    .where('frameworkId', 'in', [...frameworkIds])
    .orderBy('id')
    .execute()
}

// The competencies an outcome aligns to, or (outcomeId null) that the module aligns to anywhere.
export async function alignedTo(db: Db, moduleId: number, outcomeId: number | null): Promise<number[]> {
  let query = db.selectFrom('alignments').select('competencyId').distinct().where('moduleId', '=', moduleId)
  if (outcomeId !== null) query = query.where('outcomeId', '=', outcomeId)
  return (await query.execute()).map((r) => r.competencyId)
}

// The competencies dismissed for an outcome, or for the module as a whole (outcomeId null).
export async function dismissedFor(db: Db, moduleId: number, outcomeId: number | null): Promise<number[]> {
  const rows = await db
    .selectFrom('suggestion_dismissals')
    .select('competencyId')
    .where('moduleId', '=', moduleId)
    .where('outcomeId', outcomeId === null ? 'is' : '=', outcomeId)
    .execute()
  return rows.map((r) => r.competencyId)
}

// Records a dismissal unless it is recorded already; true when it was new.
export async function insertDismissal(db: Db, moduleId: number, outcomeId: number | null, competencyId: number, userId: number | null): Promise<boolean> {
  const existing = await db
    .selectFrom('suggestion_dismissals')
    .select('id')
    .where('moduleId', '=', moduleId)
    .where('outcomeId', outcomeId === null ? 'is' : '=', outcomeId)
    .where('competencyId', '=', competencyId)
    .executeTakeFirst()
  if (existing) return false
  await db.insertInto('suggestion_dismissals').values({ moduleId, outcomeId, competencyId, dismissedBy: userId, dismissedAt: now() }).execute()
  return true
}

// The occupational items that modules align to (as a whole or through outcomes), with their statements.
export function occupationalItemsAlignedBy(db: Db, moduleIds: readonly number[]) {
  if (!moduleIds.length) return Promise.resolve([])
  return db
    .selectFrom('alignments as a')
    .innerJoin('competencies as c', 'c.id', 'a.competencyId')
    .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
    .select(['c.id', 'c.code', 'c.statement'])
    .distinct()
    .where('a.moduleId', 'in', [...moduleIds])
    .where('f.kind', '=', 'occupational')
    .orderBy('c.id')
    .execute()
}
