// SQL the curriculum workbook needs to resolve what people typed: competencies by code, credentials by title,
// modules by code, provider organisations by name.
import type { Db } from '../connect'

// Every competency with one of these codes, with the title of its framework.
export function competenciesByCodes(db: Db, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([])
  return db
    .selectFrom('competencies as c')
    .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
    .select(['c.id', 'c.code', 'f.title as frameworkTitle'])
    .where('c.code', 'in', codes)
    .execute()
}

// Every credential with one of these titles.
export function credentialsByTitles(db: Db, titles: readonly string[]) {
  if (!titles.length) return Promise.resolve([])
  return db.selectFrom('credentials').select(['id', 'title']).where('title', 'in', titles).execute()
}

// The modules among these codes that exist, with their ids.
export function modulesByCodes(db: Db, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([])
  return db.selectFrom('modules').select(['id', 'code']).where('code', 'in', codes).execute()
}

// The organisations with one of these names, case aside (names are unique).
export function organisationsByNames(db: Db, names: readonly string[]) {
  if (!names.length) return Promise.resolve([])
  const lowered = [...new Set(names.map((n) => n.toLowerCase()))]
  return db
    .selectFrom('organisations')
    .select(['id', 'name'])
    .where((eb) => eb(eb.fn<string>('lower', ['name']), 'in', lowered))
    .execute()
}
