// A prepared query is built once and run again with each call's values: it answers as the built query would,
// keeps each reader shape apart, refuses a value that is not a placeholder, and works inside a transaction.
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, type Db } from '../../server/db/connect'
import { prepared, preparedForReader } from '../../server/db/prepared'
import { visibleTo } from '../../server/db/queries/visibility'

let db: Db

beforeAll(async () => {
  db = connect({ dialect: 'sqlite', file: ':memory:' })
  await sql`create table modules (id integer primary key, code text, organisation_id integer, approved_version integer)`.execute(db)
  await sql`insert into modules values (1, 'A', 1, 1), (2, 'B', 1, null), (3, 'C', 2, null)`.execute(db)
})
afterAll(() => db.destroy())

const byCode = prepared((db, p: { code: string }) => db.selectFrom('modules').select(['id', 'organisationId']).where('code', '=', p.code))
const visible = preparedForReader((db, _values: object, reader) => db.selectFrom('modules').select('id').where(visibleTo(reader)).orderBy('id'))
const ids = (rows: { id: number }[]) => rows.map((row) => row.id)

describe('prepared', () => {
  it('answers each call with its own values, rows camelCase', async () => {
    expect(await byCode(db, { code: 'A' })).toEqual([{ id: 1, organisationId: 1 }])
    expect(await byCode(db, { code: 'C' })).toEqual([{ id: 3, organisationId: 2 }])
    expect(await db.transaction().execute((trx) => byCode(trx, { code: 'B' }))).toEqual([{ id: 2, organisationId: 1 }])
  })

  it('keeps reader shapes and organisations apart', async () => {
    expect(ids(await visible(db, {}, { id: 9, role: 'faculty', organisationId: 1 }))).toEqual([1, 2])
    expect(ids(await visible(db, {}, { id: 9, role: 'faculty', organisationId: 2 }))).toEqual([1, 3])
    expect(ids(await visible(db, {}, null))).toEqual([1])
    expect(ids(await visible(db, {}, { id: 9, role: 'viewer', organisationId: null }))).toEqual([1])
    expect(ids(await visible(db, {}, { id: 9, role: 'admin', organisationId: 2 }))).toEqual([1, 2, 3])
  })

  it('refuses a value captured from the first call', async () => {
    const captured = prepared((db, _p: object) => db.selectFrom('modules').select('id').where('code', '=', 'A'))
    await expect(captured(db, {})).rejects.toThrow(/not a placeholder/)
  })
})
