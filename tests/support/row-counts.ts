// The number of rows in every table of a test database, to show that a refused request wrote nothing.
import { sql } from 'kysely'
import type { Db } from '../../server/db/connect'

// Row counts by table name (migration bookkeeping left out). On PostgreSQL only this test's schema counts: the
// catalogue also lists the tables of test files running beside it.
export async function rowCounts(db: Db): Promise<Record<string, number>> {
  const all = await db.introspection.getTables()
  const schema = all.some((t) => t.schema) ? (await sql<{ name: string }>`select current_schema() as name`.execute(db)).rows[0]?.name : undefined
  const tables = all.filter((t) => t.schema === schema && !t.name.startsWith('kysely_')).map((t) => t.name).sort()
  const counts: Record<string, number> = {}
  for (const table of tables) {
    const row = await db.selectFrom(table as 'frameworks').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
    counts[table] = Number(row.n)
  }
  return counts
}
