// SQL for telling whether an imported file is a framework Rungs already holds: frameworks sharing many of the
// file's codes, and the codes and statements of one.
import type { Db } from '../connect'
import { findFramework } from './frameworks'

// Frameworks holding at least `least` of `codes` (lower case), most first; at most `limit`.
export async function frameworksSharingCodes(db: Db, codes: readonly string[], least: number, limit: number) {
  if (!codes.length) return []
  const rows = await db
    .selectFrom('competencies')
    .select((eb) => ['frameworkId', eb.fn.count<number>(eb.fn('lower', ['code'])).distinct().as('shared')])
    .where((eb) => eb(eb.fn('lower', ['code']), 'in', codes))
    .groupBy('frameworkId')
    .having((eb) => eb.fn.count(eb.fn('lower', ['code'])).distinct(), '>=', least)
    .orderBy('shared', 'desc')
    .limit(limit)
    .execute()
  return rows.map((r) => r.frameworkId)
}

// A framework (with its number of items) and the code and statement of each of its items.
export async function frameworkContent(db: Db, id: number) {
  const framework = await findFramework(db, id)
  const items = await db.selectFrom('competencies').select(['code', 'statement']).where('frameworkId', '=', id).execute()
  return framework && { framework, items }
}
