// SQL for articulations: learning (a module or a credential) that earns credit for a module.
import type { ArticulationKind } from '../../../shared/domain/vocabulary'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { now } from '../stamps'
import { paginate } from './paginate'

// An articulation's own columns as the services write them.
export type ArticulationFields = {
  fromModuleId: number | null
  fromCredentialId: number | null
  toModuleId: number
  credits: number | null
  kind: ArticulationKind
  description: string | null
}

function withEnds(db: Db) {
  return db
    .selectFrom('articulations as a')
    .leftJoin('modules as fm', 'fm.id', 'a.fromModuleId')
    .leftJoin('credentials as fc', 'fc.id', 'a.fromCredentialId')
    .innerJoin('modules as tm', 'tm.id', 'a.toModuleId')
    .select([
      'a.id',
      'a.fromModuleId',
      'fm.code as fromModuleCode',
      'fm.title as fromModuleTitle',
      'a.fromCredentialId',
      'fc.title as fromCredentialTitle',
      'a.toModuleId',
      'tm.code as toModuleCode',
      'tm.title as toModuleTitle',
      'a.credits',
      'a.kind',
      'a.description',
      'a.createdAt',
      'a.updatedAt',
    ])
}

type WithEnds = ReturnType<typeof withEnds>

// Keeps articulations whose module ends all sit in the pathway (a credential source has no module end).
function amongPathway(query: WithEnds, pathwayId: number): WithEnds {
  return query.where((eb) => {
    const placed = eb.selectFrom('pathway_modules').select('moduleId').where('pathwayId', '=', pathwayId)
    return eb.and([eb('a.toModuleId', 'in', placed), eb.or([eb('a.fromModuleId', 'is', null), eb('a.fromModuleId', 'in', placed)])])
  })
}

// One page of articulations, optionally those from or to one module, or those among a pathway's modules.
export function listArticulations(db: Db, filter: Page & { moduleId?: number; pathwayId?: number }) {
  let query = withEnds(db)
  const { moduleId, pathwayId } = filter
  if (moduleId) query = query.where((eb) => eb.or([eb('a.fromModuleId', '=', moduleId), eb('a.toModuleId', '=', moduleId)]))
  if (pathwayId) query = amongPathway(query, pathwayId)
  return paginate(query.orderBy('tm.code').orderBy('a.id'), filter)
}

// Every articulation among a pathway's modules.
export function articulationsOfPathway(db: Db, pathwayId: number) {
  return amongPathway(withEnds(db), pathwayId).orderBy('tm.code').orderBy('a.id').execute()
}

// Every articulation into or out of one module.
export function articulationsOfModule(db: Db, moduleId: number) {
  return withEnds(db)
    .where((eb) => eb.or([eb('a.fromModuleId', '=', moduleId), eb('a.toModuleId', '=', moduleId)]))
    .orderBy('a.id')
    .execute()
}

// One articulation with the codes and titles of its ends, or undefined.
export function findArticulation(db: Db, id: number) {
  return withEnds(db).where('a.id', '=', id).executeTakeFirst()
}

// Inserts an articulation and returns its id.
export async function insertArticulation(db: Db, fields: ArticulationFields): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('articulations')
    .values({ ...fields, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Rewrites an articulation's columns.
export async function updateArticulation(db: Db, id: number, fields: ArticulationFields): Promise<void> {
  await db
    .updateTable('articulations')
    .set({ ...fields, updatedAt: now() })
    .where('id', '=', id)
    .execute()
}

// Deletes an articulation; false when there was none.
export async function deleteArticulation(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('articulations').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}
