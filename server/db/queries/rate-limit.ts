// SQL for request counting in fixed windows, shared by every server process through the database.
import type { Db } from '../connect'

// Counts one request of a subject in the window starting at `windowStart` and returns the window's count.
export async function countHit(db: Db, subject: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('rate_limit_windows')
    .values({ subject, windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['subject', 'windowStart']).doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow()
  return Number(row.hits)
}

// Forgets windows that started before this moment.
export async function pruneWindows(db: Db, before: string): Promise<void> {
  await db.deleteFrom('rate_limit_windows').where('windowStart', '<', before).execute()
}
