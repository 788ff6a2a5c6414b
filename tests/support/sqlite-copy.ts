// Copying the migrated SQLite template into a database in memory, which cannot be opened from a file.
import { sql } from 'kysely'
import type { Db } from '../../server/db/connect'

type SchemaObject = { type: string; name: string; sql: string }

const isVirtual = (object: SchemaObject) => /^create virtual table/i.test(object.sql)

// Creates the template's tables and copies their rows, then its indexes, triggers and views (so no trigger fires on
// the copied rows), in the order they were made. Foreign keys are off while the rows go in, in whatever order.
// A full-text table makes its own shadow tables and, once every table is in, is rebuilt from its content table
// (the only kind Rungs has).
export async function copySqliteTemplate(db: Db, templateFile: string): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db)
  await sql`attach database ${templateFile} as template`.execute(db)
  const { rows } = await sql<SchemaObject>`
    select type, name, sql from template.sqlite_master
    where sql is not null and name not like 'sqlite\\_%' escape '\\'
    order by type <> 'table', rowid`.execute(db)
  const virtual = rows.filter(isVirtual).map((object) => object.name)
  const isShadow = (object: SchemaObject) => object.type === 'table' && virtual.some((name) => object.name.startsWith(`${name}_`))
  await db.transaction().execute(async (trx) => {
    for (const object of rows.filter((o) => !isShadow(o))) {
      await sql.raw(object.sql).execute(trx)
      if (object.type === 'table' && !isVirtual(object)) {
        await sql`insert into ${sql.id('main', object.name)} select * from ${sql.id('template', object.name)}`.execute(trx)
      }
    }
    for (const name of virtual) await sql`insert into ${sql.id(name)} (${sql.id(name)}) values ('rebuild')`.execute(trx)
    const { rows: sequences } = await sql`select 1 from template.sqlite_master where name = 'sqlite_sequence'`.execute(trx)
    // The copied rows moved the counters of AUTOINCREMENT tables to their largest id; the template's may be higher.
    if (sequences.length) {
      await sql`delete from main.sqlite_sequence`.execute(trx)
      await sql`insert into main.sqlite_sequence select * from template.sqlite_sequence`.execute(trx)
    }
  })
  await sql`detach database template`.execute(db)
  await sql`pragma foreign_keys = on`.execute(db)
}
