import { sql } from 'kysely'
import { describe, expect, inject, it } from 'vitest'
import { connect } from '../../server/db/connect'
import { createTestDb } from '../support/database'

// The in-memory copy of the migrated template must be the same database: same schema, same rows, same settings.
describe('an in-memory copy of the SQLite template', () => {
  it('has every table, index, trigger and view of the template, each row, and foreign keys on', async () => {
    const copy = await createTestDb('sqlite')
    const template = connect({ dialect: 'sqlite', file: inject('templateDatabases').sqliteFile })
    try {
      const schema = sql<{ type: string; name: string; sql: string | null }>`select type, name, tbl_name, sql from sqlite_master order by type, name`
      const [copied, original] = [(await schema.execute(copy.db)).rows, (await schema.execute(template)).rows]
      expect(copied).toEqual(original)
      const tables = original.filter((o) => o.type === 'table').map((o) => o.name)
      for (const table of tables) {
        const count = sql<{ n: number }>`select count(*) as n from ${sql.id(table)}`
        expect([table, (await count.execute(copy.db)).rows]).toEqual([table, (await count.execute(template)).rows])
      }
      expect((await sql`pragma foreign_keys`.execute(copy.db)).rows).toEqual([{ foreignKeys: 1 }])
      expect((await sql`pragma foreign_key_check`.execute(copy.db)).rows).toEqual([])
    } finally {
      await template.destroy()
      await copy.destroy()
    }
  })
})
