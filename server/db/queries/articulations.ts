// SQL for articulations: learning (a module or a credential) that earns credit for a module.
import type { Actor } from '../../../shared/domain/permissions'
import type { ArticulationKind } from '../../../shared/domain/vocabulary'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { now } from '../stamps'
import { paginate } from './paginate'
import { visibleTo, type Reader } from './visibility'
import { preparedForReader } from '../prepared'

// An articulation's own columns as the services write them.
export type ArticulationFields = {
  fromModuleId: number | null
  fromCredentialId: number | null
  toModuleId: number
  credits: number | null
  kind: ArticulationKind
  description: string | null
}

// The organisation that owns a new articulation (the author's).
export type NewArticulationFields = ArticulationFields & { organisationId: number | null }

// Articulations whose module ends the reader may all see (one hidden end hides the whole agreement), with the
// codes and titles of their ends. Each end is checked by its own id (an exists on the primary key), not against the
// list of every visible module, which a statewide catalogue would build anew on every module page.
function withEnds(db: Db, reader: Reader) {
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
      'a.organisationId',
      'a.createdAt',
      'a.updatedAt',
    ])
    .where((eb) => eb.exists(eb.selectFrom('modules').select('modules.id').whereRef('modules.id', '=', 'a.toModuleId').where(visibleTo(reader))))
    .where((eb) =>
      eb.or([
        eb('a.fromModuleId', 'is', null),
        eb.exists(eb.selectFrom('modules').select('modules.id').whereRef('modules.id', '=', 'a.fromModuleId').where(visibleTo(reader))),
      ]),
    )
}

type WithEnds = ReturnType<typeof withEnds>

// Keeps articulations whose module ends all sit in the pathway (a credential source has no module end).
function amongPathway(query: WithEnds, pathwayId: number): WithEnds {
  return query.where((eb) => {
    const placed = eb.selectFrom('pathway_modules').select('moduleId').where('pathwayId', '=', pathwayId)
    return eb.and([eb('a.toModuleId', 'in', placed), eb.or([eb('a.fromModuleId', 'is', null), eb('a.fromModuleId', 'in', placed)])])
  })
}

// One page of the articulations the reader may see, optionally those from or to one module, or those among a
// pathway's modules.
export function listArticulations(db: Db, filter: Page & { moduleId?: number; pathwayId?: number }, reader: Actor | null) {
  let query = withEnds(db, reader)
  const { moduleId, pathwayId } = filter
  if (moduleId) query = query.where((eb) => eb.or([eb('a.fromModuleId', '=', moduleId), eb('a.toModuleId', '=', moduleId)]))
  if (pathwayId) query = amongPathway(query, pathwayId)
  return paginate(query.orderBy('tm.code').orderBy('a.id'), filter)
}

// Every articulation among a pathway's modules that the reader may see.
export function articulationsOfPathway(db: Db, pathwayId: number, reader: Reader) {
  return amongPathway(withEnds(db, reader), pathwayId).orderBy('tm.code').orderBy('a.id').execute()
}

// Every articulation into or out of one module that the reader may see.
const articulationsOf = preparedForReader((db, p: { moduleId: number }, reader) =>
  withEnds(db, reader)
    .where((eb) => eb.or([eb('a.fromModuleId', '=', p.moduleId), eb('a.toModuleId', '=', p.moduleId)]))
    .orderBy('a.id'),
)

export function articulationsOfModule(db: Db, moduleId: number, reader: Actor | null) {
  return articulationsOf(db, { moduleId }, reader)
}

// One articulation the reader may see, with the codes and titles of its ends, or undefined.
export function findArticulation(db: Db, id: number, reader: Actor | null) {
  return withEnds(db, reader).where('a.id', '=', id).executeTakeFirst()
}

// How many articulations into or out of a module the reader may not see (for naming what blocks a delete).
export async function hiddenArticulationCount(db: Db, moduleId: number, reader: Actor | null): Promise<number> {
  const all = await db
    .selectFrom('articulations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where((eb) => eb.or([eb('fromModuleId', '=', moduleId), eb('toModuleId', '=', moduleId)]))
    .executeTakeFirstOrThrow()
  return Number(all.n) - (await articulationsOfModule(db, moduleId, reader)).length
}

// Inserts an articulation and returns its id.
export async function insertArticulation(db: Db, fields: NewArticulationFields): Promise<number> {
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
