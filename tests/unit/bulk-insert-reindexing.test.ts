// A large insert into SQLite drops the table's plain indexes (and the row trigger it sets aside) and creates them
// again after the rows are in; they are the same afterwards, the set-aside trigger's work is done once for all the
// rows (each module's analysis version, and so its pathway's, moves), and a failure inside the transaction leaves
// them (and no rows) behind. PostgreSQL keeps its indexes and statement triggers as they are.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REINDEX_ROWS } from '../../server/db/bulk-insert'
import { insertAlignments } from '../../server/db/queries/package-write'
import type { Db } from '../../server/db/connect'
import { makeCatalogue } from '../support/catalogue'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('bulk insert reindexing (%s)', (dialect) => {
  let t: TestDb
  let moduleId: number
  let competencyId: number
  beforeAll(async () => {
    t = await createTestDb(dialect)
    const catalogue = await makeCatalogue(t.db, { areas: 1, itemsPerArea: 1, modules: 1, alignmentsPerModule: 0 })
    moduleId = catalogue.moduleIds[0]!
    competencyId = (await t.db.selectFrom('competencies').select('id').where('kind', '=', 'competency').executeTakeFirstOrThrow()).id
  })
  afterAll(() => t.destroy())

  const alignments = (count: number, competency = competencyId) =>
    Array.from({ length: count }, (_, i) => ({ moduleId, outcomeId: null, competencyId: i === count - 1 ? competency : competencyId, depth: 'I', assessed: 0 }))
  const indexes = async (db: Db) =>
    dialect === 'sqlite'
      ? (await sql<{ name: string; sql: string }>`select name, sql from sqlite_master where type in ('index', 'trigger') and tbl_name = 'alignments' order by name`.execute(db)).rows
      : (await sql<{ name: string; sql: string }>`select indexname as name, indexdef as sql from pg_indexes where tablename = 'alignments' and schemaname = current_schema() order by indexname`.execute(db)).rows
  const versions = async () => {
    const read = async (query: ReturnType<typeof sql<{ version: number }>>) => Number((await query.execute(t.db)).rows[0]?.version ?? 0)
    return [
      await read(sql`select version from analysis_versions where scope = 'module' and scope_id = ${moduleId}`),
      // A pathway's version is the sum of its shards (PostgreSQL bumps the shard of the writer's connection).
      await read(sql`select sum(v.version) as version from pathway_input_versions v join pathway_modules pm on pm.pathway_id = v.pathway_id where pm.module_id = ${moduleId}`),
    ]
  }
  const count = async () => Number((await t.db.selectFrom('alignments').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n)

  it('inserts every row, moves the versions of the module and its pathway, and has the same indexes and triggers after', async () => {
    const before = await indexes(t.db)
    expect(before.map((i) => i.name)).toEqual(expect.arrayContaining(['alignments_competency_idx', 'alignments_module_idx']))
    if (dialect === 'sqlite') expect(before.map((i) => i.name)).toContain('alignments_analysis_insert')
    const [moduleVersion, pathwayVersion] = await versions()
    let during: { name: string }[] = []
    await t.db.transaction().execute(async (trx) => {
      await insertAlignments(trx, alignments(REINDEX_ROWS))
      during = await indexes(trx)
    })
    expect(await count()).toBe(REINDEX_ROWS)
    const [moduleAfter, pathwayAfter] = await versions()
    expect(moduleAfter).toBeGreaterThan(moduleVersion!)
    expect(pathwayAfter).toBeGreaterThan(pathwayVersion!)
    expect(during).toEqual(before)
    expect(await indexes(t.db)).toEqual(before)
    if (dialect === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan select id from alignments where competency_id = ${competencyId}`.execute(t.db)
      expect(plan.rows.map((r) => r.detail).join()).toContain('alignments_competency_idx')
    }
  })

  it('leaves the indexes, the triggers and no rows when the insert fails inside the transaction', async () => {
    const before = await indexes(t.db)
    const rows = await count()
    // The last row names no competency: the foreign key refuses it after the indexes were dropped.
    await expect(t.db.transaction().execute((trx) => insertAlignments(trx, alignments(REINDEX_ROWS * 2, -1)))).rejects.toThrow()
    expect(await indexes(t.db)).toEqual(before)
    expect(await count()).toBe(rows)
  })

  it('leaves the indexes and the triggers when the transaction fails after the insert', async () => {
    const before = await indexes(t.db)
    const rows = await count()
    await expect(t.db.transaction().execute(async (trx) => {
      await insertAlignments(trx, alignments(REINDEX_ROWS * 2))
      throw new Error('a later write failed')
    })).rejects.toThrow('a later write failed')
    expect(await indexes(t.db)).toEqual(before)
    expect(await count()).toBe(rows)
  })
})
