// SQL for the learning outcomes of a module.
import type { Db } from '../connect'
import { newUuid } from '../stamps'
import { prepared } from '../prepared'

// An outcome as the services write it: content already checked and serialised, text derived from it.
export type OutcomeFields = { position: number; content: string; text: string }

// The outcomes of a module in order, content as stored JSON text.
const outcomesOf = prepared((db, p: { moduleId: number }) =>
  db.selectFrom('outcomes').select(['id', 'uuid', 'position', 'content', 'text']).where('moduleId', '=', p.moduleId).orderBy('position').orderBy('id'),
)

export function outcomesOfModule(db: Db, moduleId: number) {
  return outcomesOf(db, { moduleId })
}

// Inserts an outcome and returns its id.
export async function insertOutcome(db: Db, moduleId: number, fields: OutcomeFields, uuid = newUuid()): Promise<number> {
  const row = await db
    .insertInto('outcomes')
    .values({ ...fields, moduleId, uuid })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Rewrites an outcome's position and content.
export async function updateOutcome(db: Db, id: number, fields: OutcomeFields): Promise<void> {
  await db.updateTable('outcomes').set(fields).where('id', '=', id).execute()
}

// Deletes outcomes and the alignments made through them.
export async function deleteOutcomes(db: Db, ids: readonly number[]): Promise<void> {
  if (!ids.length) return
  await db.deleteFrom('alignments').where('outcomeId', 'in', ids).execute()
  await db.deleteFrom('outcomes').where('id', 'in', ids).execute()
}

// One outcome with its module and its place among the module's outcomes (1 for the first).
export async function findOutcome(db: Db, id: number) {
  const outcome = await db.selectFrom('outcomes').select(['id', 'moduleId', 'position', 'text']).where('id', '=', id).executeTakeFirst()
  if (!outcome) return undefined
  const before = await db
    .selectFrom('outcomes')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('moduleId', '=', outcome.moduleId)
    .where((eb) => eb.or([eb('position', '<', outcome.position), eb.and([eb('position', '=', outcome.position), eb('id', '<', id)])]))
    .executeTakeFirstOrThrow()
  return { ...outcome, number: Number(before.n) + 1 }
}
