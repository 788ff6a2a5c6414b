// The number of rows in every table of a test database, to show that a refused request wrote nothing.
import type { Db } from '../../server/db/connect'

// Row counts by table name (migration bookkeeping left out).
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const tables = (await db.introspection.getTables()).map((t) => t.name).filter((name) => !name.startsWith('kysely_')).sort()
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const row = await db.selectFrom(table as 'frameworks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  return counts
}
