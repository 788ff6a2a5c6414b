// SQL for competencies and their place in a framework's hierarchy.
import type { CompetencyInput, CompetencyPatch } from '../../../shared/schemas/framework'
import type { Db } from '../connect'
import { newUuid, now } from '../stamps'

export const competencyColumns = [
  'competencies.id',
  'competencies.uuid',
  'competencies.frameworkId',
  'competencies.parentId',
  'competencies.code',
  'competencies.statement',
  'competencies.kind',
  'competencies.level',
  'competencies.subject',
  'competencies.position',
  'competencies.status',
  'competencies.provenance',
  'competencies.retiredAt',
] as const

// Every competency of a framework, parents before children, siblings in order.
export function competenciesOfFramework(db: Db, frameworkId: number) {
  return db
    .selectFrom('competencies')
    .select(competencyColumns)
    .where('frameworkId', '=', frameworkId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

// One competency, or undefined.
export function findCompetency(db: Db, id: number) {
  return db.selectFrom('competencies').select(competencyColumns).where('id', '=', id).executeTakeFirst()
}

// The competency of a framework with this code, or undefined.
export function findCompetencyByCode(db: Db, frameworkId: number, code: string) {
  return db
    .selectFrom('competencies')
    .select(competencyColumns)
    .where('frameworkId', '=', frameworkId)
    .where('code', '=', code)
    .executeTakeFirst()
}

// The chain of ancestors of a competency, root first (the competency itself excluded).
export async function ancestorsOf(db: Db, id: number) {
  const rows = await db
    .withRecursive('chain(id, parentId, depth)', (qb) =>
      qb
        .selectFrom('competencies')
        .select(['id', 'parentId', (eb) => eb.lit(0).as('depth')])
        .where('id', '=', id)
        .unionAll((u) =>
          u
            .selectFrom('competencies')
            .innerJoin('chain', 'chain.parentId', 'competencies.id')
            .select(['competencies.id', 'competencies.parentId', (eb) => eb('chain.depth', '+', 1).as('depth')]),
        ),
    )
    .selectFrom('chain')
    .innerJoin('competencies', 'competencies.id', 'chain.id')
    .select(competencyColumns)
    .select('chain.depth')
    .where('chain.depth', '>', 0)
    .orderBy('chain.depth', 'desc')
    .execute()
  return rows.map(({ depth: _depth, ...competency }) => competency)
}

// The next free position among the children of a parent (or the roots of a framework).
export async function nextPosition(db: Db, frameworkId: number, parentId: number | null): Promise<number> {
  const row = await db
    .selectFrom('competencies')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('frameworkId', '=', frameworkId)
    .where('parentId', parentId === null ? 'is' : '=', parentId)
    .executeTakeFirst()
  return row?.last == null ? 0 : Number(row.last) + 1
}

// Inserts a competency and returns its id.
export async function insertCompetency(
  db: Db,
  input: Omit<CompetencyInput, 'position'> & { position: number },
  uuid = newUuid(),
): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('competencies')
    .values({
      uuid,
      frameworkId: input.frameworkId,
      parentId: input.parentId ?? null,
      code: input.code,
      statement: input.statement,
      kind: input.kind,
      level: input.level,
      subject: input.subject ?? null,
      position: input.position,
      createdAt: stamp,
      updatedAt: stamp,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Updates the given fields of a competency (`retired` sets or clears when it was retired).
export async function updateCompetency(db: Db, id: number, { retired, ...patch }: CompetencyPatch & { codeGenerated?: 0 | 1 }): Promise<void> {
  const stamp = now()
  await db
    .updateTable('competencies')
    .set({ ...patch, ...(retired === undefined ? {} : { retiredAt: retired ? stamp : null }), updatedAt: stamp })
    .where('id', '=', id)
    .execute()
}

// The children of a parent (or the top level of a framework) in their order.
export function siblingsUnder(db: Db, frameworkId: number, parentId: number | null) {
  return db
    .selectFrom('competencies')
    .select(['id', 'parentId', 'position'])
    .where('frameworkId', '=', frameworkId)
    .where('parentId', parentId === null ? 'is' : '=', parentId)
    .orderBy('position')
    .orderBy('id')
    .execute()
}

// Puts a competency under a parent at a position.
export async function placeCompetency(db: Db, id: number, parentId: number | null, position: number): Promise<void> {
  await db.updateTable('competencies').set({ parentId, position, updatedAt: now() }).where('id', '=', id).execute()
}

// Deletes a competency and the links that touch it (the caller has checked references).
export async function deleteCompetency(db: Db, id: number): Promise<void> {
  await db.deleteFrom('competency_links').where((eb) => eb.or([eb('fromId', '=', id), eb('toId', '=', id)])).execute()
  await db.deleteFrom('competencies').where('id', '=', id).execute()
}
