// The migration that gives frameworks, credentials and articulations an owner traces existing rows to the
// organisation of the person whose "create" the audit log holds (articulations otherwise to their target module's
// owner), and leaves rows it cannot trace (made by the system) to admins alone.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateDown, migrateToLatest } from '../../server/db/migrate'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const MIGRATION = '20261208T090000-row-owners'
const stamp = '2026-11-20T10:00:00.000Z'

describe.each(testDialects)('migrating rows to owners on %s', (dialect) => {
  let test: TestDb
  beforeAll(async () => {
    test = await createTestDb(dialect)
    // Back to the schema before the migration (later migrations, if any, come off first).
    for (let reverted: string[] = []; !reverted.includes(`Down ${MIGRATION}`); ) reverted = await migrateDown(test.db)
  })
  afterAll(() => test.destroy())

  it('assigns the owner that can be traced, and none where none can', async () => {
    const run = (query: ReturnType<typeof sql>) => query.execute(test.db)
    await run(sql`insert into organisations (id, uuid, name, kind, created_at, updated_at) values (41, 'o-41', 'Traced College', 'college', ${stamp}, ${stamp})`)
    await run(sql`insert into users (id, uuid, email, name, password_hash, role, organisation_id, disabled, created_at, updated_at)
      values (51, 'u-51', 'dana@traced.test', 'Dana', 'x', 'faculty', 41, 0, ${stamp}, ${stamp})`)
    const framework = (id: number) => sql`insert into frameworks (id, uuid, title, kind, created_at, updated_at) values (${id}, ${`f-${id}`}, ${`F${id}`}, 'occupational', ${stamp}, ${stamp})`
    await run(framework(61))
    await run(framework(62))
    await run(sql`insert into credentials (id, uuid, title, kind, industry_recognised, created_at, updated_at) values (71, 'c-71', 'Traced', 'badge', 0, ${stamp}, ${stamp})`)
    const module = (id: number, owner: number | null) => sql`insert into modules (id, uuid, code, title, level, kind, description, status, organisation_id, created_at, updated_at)
      values (${id}, ${`m-${id}`}, ${`M${id}`}, 'Module', 'adult', 'occupational', '{"type":"doc","content":[]}', 'approved', ${owner}, ${stamp}, ${stamp})`
    await run(module(81, 41))
    await run(module(82, null))
    await run(sql`insert into articulations (id, from_module_id, to_module_id, kind, created_at, updated_at) values (91, 82, 81, 'articulated_credit', ${stamp}, ${stamp})`)
    await run(sql`insert into articulations (id, from_module_id, to_module_id, kind, created_at, updated_at) values (92, 81, 82, 'articulated_credit', ${stamp}, ${stamp})`)
    const audit = (table: string, rowId: number, userId: number | null) =>
      sql`insert into audit_log (at, user_id, action, table_name, row_id, summary) values (${stamp}, ${userId}, 'create', ${table}, ${String(rowId)}, 'Created')`
    await run(audit('frameworks', 61, 51))
    await run(audit('frameworks', 62, null))
    await run(audit('credentials', 71, 51))

    expect(await migrateToLatest(test.db)).toContain(`Up ${MIGRATION}`)
    const owners = async (table: string) => {
      const { rows } = await sql<{ id: number; owner: number | null }>`select id, organisation_id as owner from ${sql.table(table)} order by id`.execute(test.db)
      return rows.map((r) => [Number(r.id), r.owner === null ? null : Number(r.owner)])
    }
    expect(await owners('frameworks')).toEqual([[61, 41], [62, null]])
    expect(await owners('credentials')).toEqual([[71, 41]])
    // 91 goes to its target's owner; 92's target belongs to nobody, so it does too.
    expect(await owners('articulations')).toEqual([[91, 41], [92, null]])
    expect(await owners('modules')).toEqual([[81, 41], [82, null]])
  })
})
