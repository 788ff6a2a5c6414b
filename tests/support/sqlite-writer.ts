// Another process writing to a SQLite file in a loop, for the backup test: each transaction adds an
// organisation "Writer <n>" and its audit row. Prints "writing" after the first commit; on SIGTERM it stops
// and prints "wrote <n>".
import { connect } from '../../server/db/connect'

const file = process.argv[2]
if (!file) throw new Error('Usage: sqlite-writer.ts <file>')
const db = connect({ dialect: 'sqlite', file })
let stopping = false
process.once('SIGTERM', () => (stopping = true))

const at = () => new Date().toISOString()
let n = 0
while (!stopping) {
  n++
  await db.transaction().execute(async (trx) => {
    const org = await trx
      .insertInto('organisations')
      .values({ uuid: `writer-${n}`, name: `Writer ${n}`, kind: 'other', createdAt: at(), updatedAt: at() })
      .returning('id')
      .executeTakeFirstOrThrow()
    await trx
      .insertInto('audit_log')
      .values({ at: at(), userId: null, action: 'create', tableName: 'organisations', rowId: String(org.id), summary: `Writer ${n}` })
      .execute()
  })
  if (n === 1) console.log('writing')
  await new Promise((resolve) => setImmediate(resolve))
}
await db.destroy()
console.log(`wrote ${n}`)
