// A catalogue shaped like the bench's statewide one (bench/generate.ts: a framework of areas and their items,
// approved modules at every level on one pathway, a few alignments each), at a scale a test inserts in a
// moment on either dialect: rows go in batches, not through the services one by one.
import { LEVELS } from '../../shared/domain/vocabulary'
import type { Db } from '../../server/db/connect'
import { newUuid, now } from '../../server/db/stamps'
import { makeFramework, makePathway, unique } from './factories'

export type CatalogueSize = { areas: number; itemsPerArea: number; modules: number; alignmentsPerModule: number }

const BATCH = 500

async function inBatches<T>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let at = 0; at < rows.length; at += BATCH) await insert(rows.slice(at, at + BATCH))
}

// Inserts the catalogue and returns its pathway's slug, its areas' ids (in order) and its modules' ids.
export async function makeCatalogue(db: Db, size: CatalogueSize) {
  const stamp = now()
  const { framework } = await makeFramework(db, { codes: [] })
  const areas = await db
    .insertInto('competencies')
    .values(Array.from({ length: size.areas }, (_, a) => ({
      uuid: newUuid(), frameworkId: framework.id, parentId: null, code: `AREA-${a}`, statement: `Area ${a}`, kind: 'area' as const, level: null,
      position: a, createdAt: stamp, updatedAt: stamp,
    })))
    .returning('id')
    .execute()
  const items = areas.flatMap(({ id }, a) =>
    Array.from({ length: size.itemsPerArea }, (_, i) => ({
      uuid: newUuid(), frameworkId: framework.id, parentId: id, code: `AREA-${a}.${i}`, statement: `Measure part ${i}, to the drawing`,
      kind: 'competency' as const, level: null, position: i, createdAt: stamp, updatedAt: stamp,
    })),
  )
  await inBatches(items, (batch) => db.insertInto('competencies').values(batch).execute())
  const itemIds = (await db.selectFrom('competencies').select('id').where('frameworkId', '=', framework.id).where('kind', '=', 'competency').orderBy('id').execute()).map((r) => r.id)

  const prefix = unique('M')
  const modules = Array.from({ length: size.modules }, (_, m) => ({
    uuid: newUuid(), code: `${prefix}-${m}`, title: `Module ${m}`, level: LEVELS[m % LEVELS.length]!, kind: 'occupational' as const,
    clockHours: null, credits: null, entryLevel: null, description: JSON.stringify({ type: 'doc', content: [] }), status: 'approved' as const,
    organisationId: null, approvedVersion: 1, createdAt: stamp, updatedAt: stamp,
  }))
  await inBatches(modules, (batch) => db.insertInto('modules').values(batch).execute())
  const moduleIds = (await db.selectFrom('modules').select('id').where('code', 'like', `${prefix}-%`).orderBy('id').execute()).map((r) => r.id)

  const pathway = await makePathway(db, { frameworkIds: [framework.id] })
  await inBatches(
    moduleIds.map((moduleId, m) => ({ pathwayId: pathway.id, moduleId, stage: 1 + (m % 4), position: m, isEntry: 0, isExit: 0 })),
    (batch) => db.insertInto('pathway_modules').values(batch).execute(),
  )
  const alignments = moduleIds.flatMap((moduleId, m) =>
    Array.from({ length: size.alignmentsPerModule }, (_, k) => ({
      moduleId, outcomeId: null, competencyId: itemIds[(m * 7 + k * 131) % itemIds.length]!, depth: (['I', 'R', 'M'] as const)[(m + k) % 3]!, assessed: 0,
    })),
  )
  await inBatches(alignments, (batch) => db.insertInto('alignments').values(batch).execute())
  return { slug: pathway.slug, frameworkId: framework.id, areaIds: areas.map((a) => a.id), moduleIds }
}
