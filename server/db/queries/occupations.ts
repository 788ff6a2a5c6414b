// SQL for occupations (SOC 2018) and their figures: search, one occupation, wages and projections of many codes.
import { sql } from 'kysely'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { paginate } from './paginate'
import { matchesAllWords, searchWords } from './text-search'

const wageColumns = [
  'occupation_wages.id',
  'occupation_wages.socCode',
  'occupation_wages.source',
  'occupation_wages.year',
  'occupation_wages.period',
  'occupation_wages.region',
  'occupation_wages.organisationId',
  'occupation_wages.hourlyMedian',
  'occupation_wages.annualMedian',
  'occupation_wages.hourlyP25',
  'occupation_wages.hourlyP75',
  'occupation_wages.annualP25',
  'occupation_wages.annualP75',
  'occupation_wages.notes',
  'occupation_wages.updatedAt',
] as const

// One page of occupations whose code starts with the search (51-40) or whose title holds every word of it.
export function searchOccupations(db: Db, filter: Page & { q?: string }) {
  const words = searchWords(filter.q)
  let query = db.selectFrom('occupations').select(['socCode', 'title', 'majorGroup', 'majorTitle'])
  if (words.length) {
    const code = (filter.q ?? '').trim()
    query = query.where((eb) =>
      /^[\d-]+$/.test(code) ? eb('socCode', 'like', `${code}%`) : matchesAllWords(eb, ['occupations.title', 'occupations.socCode'], words),
    )
  }
  return paginate(query.orderBy(sql`length(title)`).orderBy('title').orderBy('socCode'), filter)
}

// One occupation with its definition, or undefined.
export function findOccupation(db: Db, socCode: string) {
  return db.selectFrom('occupations').selectAll().where('socCode', '=', socCode).executeTakeFirst()
}

// The occupations among these codes, with their titles.
export function occupationsByCodes(db: Db, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([])
  return db.selectFrom('occupations').select(['socCode', 'title']).where('socCode', 'in', codes).execute()
}

// Every SOC code (867 of them), to check a whole file against at once.
export async function allOccupationCodes(db: Db): Promise<string[]> {
  return (await db.selectFrom('occupations').select('socCode').execute()).map((o) => o.socCode)
}

// The wage rows of these codes, newest first: national rows and the local rows of these organisations (or of all).
export function wagesOf(db: Db, codes: readonly string[], organisationIds: readonly number[] | 'all') {
  if (!codes.length) return Promise.resolve([])
  let query = db
    .selectFrom('occupation_wages')
    .leftJoin('organisations', 'organisations.id', 'occupation_wages.organisationId')
    .select(wageColumns)
    .select('organisations.name as organisationName')
    .where('occupation_wages.socCode', 'in', codes)
  if (organisationIds !== 'all') {
    query = query.where((eb) =>
      organisationIds.length
        ? eb.or([eb('occupation_wages.organisationId', 'is', null), eb('occupation_wages.organisationId', 'in', organisationIds)])
        : eb('occupation_wages.organisationId', 'is', null),
    )
  }
  return query.orderBy('occupation_wages.year', 'desc').orderBy('occupation_wages.id').execute()
}

// The projections of these codes.
export function projectionsOf(db: Db, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([])
  return db.selectFrom('occupation_projections').selectAll().where('socCode', 'in', codes).orderBy('period', 'desc').execute()
}
