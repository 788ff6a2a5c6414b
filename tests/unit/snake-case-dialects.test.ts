// The snake-casing dialects write the same SQL as Kysely's CamelCasePlugin did, on both databases, and rows still
// come back camelCase.
import { CamelCasePlugin, Kysely, PostgresDialect, sql, SqliteDialect, type Dialect } from 'kysely'
import SQLite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { Database } from '../../server/db/database'
import { CamelCaseResults, SnakeCasePostgresDialect, SnakeCaseSqliteDialect } from '../../server/db/snake-case-dialects'

// Queries are only compiled here, never run, so the dialects need no live connection.
const unused = { database: {} as never, pool: {} as never }

const queries = (db: Kysely<Database>) => [
  db
    .selectFrom('modules')
    .innerJoin('pathway_modules as pm', 'pm.moduleId', 'modules.id')
    .select(['modules.id', 'modules.clockHours', 'modules.approvedVersion as shownVersion', 'pm.pathwayId'])
    .where('modules.organisationId', '=', 3)
    .where((eb) => eb.or([eb('modules.approvedVersion', 'is not', null), eb.exists(eb.selectFrom('outcomes').select('outcomes.moduleId').whereRef('outcomes.moduleId', '=', 'modules.id'))]))
    .orderBy('modules.durationWeeks', 'desc'),
  db.updateTable('modules').set((eb) => ({ costToStudent: 5, version: eb('version', '+', 1) })).where('id', '=', 1).returning(['updatedAt']),
  db.insertInto('module_prerequisites').values({ moduleId: 1, prerequisiteId: 2 }),
  db.selectFrom('modules').select(sql<number>`count(${sql.ref('modules.teamTaughtShare')})`.as('sharedCount')),
]

describe.each([
  ['SQLite', new SqliteDialect(unused), new SnakeCaseSqliteDialect(unused)],
  ['PostgreSQL', new PostgresDialect(unused), new SnakeCasePostgresDialect(unused)],
])('snake-casing on %s', (_name, plain: Dialect, snake: Dialect) => {
  it('compiles every query to the SQL CamelCasePlugin wrote', () => {
    const before = queries(new Kysely<Database>({ dialect: plain, plugins: [new CamelCasePlugin()] })).map((q) => q.compile())
    const after = queries(new Kysely<Database>({ dialect: snake, plugins: [new CamelCaseResults()] })).map((q) => q.compile())
    expect(after.map((q) => q.sql)).toEqual(before.map((q) => q.sql))
    expect(after.map((q) => q.parameters)).toEqual(before.map((q) => q.parameters))
    expect(after[0]!.sql).toContain('approved_version')
  })
})

describe('rows', () => {
  it('come back with camelCase keys', async () => {
    const db = new Kysely<Database>({ dialect: new SnakeCaseSqliteDialect({ database: new SQLite(':memory:') }), plugins: [new CamelCaseResults()] })
    await sql`create table modules (id integer, clock_hours integer)`.execute(db)
    await db.insertInto('modules').values({ id: 1, clockHours: 30 } as never).execute()
    expect(await db.selectFrom('modules').select(['id', 'clockHours']).execute()).toEqual([{ id: 1, clockHours: 30 }])
    await db.destroy()
  })
})
