// SQL for request counting in fixed windows, shared by every server process through the database.
import type { Db } from '../connect'

// Counts one request of a subject in the window starting at `windowStart` and returns the window's count, in
// one statement, so that concurrent requests (from any process) each see a different count.
export async function countHit(db: Db, subject: string, windowStart: string): Promise<number> {
  const row = await db
    .insertInto('rate_limit_windows')
    .values({ subject, windowStart, hits: 1 })
    .onConflict((oc) => oc.columns(['subject', 'windowStart']).doUpdateSet((eb) => ({ hits: eb('rate_limit_windows.hits', '+', 1) })))
    .returning('hits')
    .executeTakeFirstOrThrow()
  return Number(row.hits)
}

// Takes back one counted request (one that turned out not to count, such as a right password).
export async function uncountHit(db: Db, subject: string, windowStart: string): Promise<void> {
  await db
    .updateTable('rate_limit_windows')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('subject', '=', subject)
    .where('windowStart', '=', windowStart)
    .where('hits', '>', 0)
    .execute()
}

// Forgets every window of a subject.
export async function clearSubject(db: Db, subject: string): Promise<void> {
  await db.deleteFrom('rate_limit_windows').where('subject', '=', subject).execute()
}

// Forgets windows that started before this moment (the background tidy-up).
export async function pruneWindows(db: Db, before: string): Promise<number> {
  const result = await db.deleteFrom('rate_limit_windows').where('windowStart', '<', before).executeTakeFirst()
  return Number(result.numDeletedRows)
}
