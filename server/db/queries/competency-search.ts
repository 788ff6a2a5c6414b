// Competency search (the competencies list's ?q=, the editors' "#" reference search and the alignment picker),
// served by the trigram indexes of migration 20261209T100000: every word must occur, in any case, somewhere in
// the code or the statement; a competency whose code is the query comes first, then codes that start with it,
// then the other matches in the order they were written (each framework's items in turn). Totals stop at 1,000.
import { PostgresAdapter, sql, type SelectQueryBuilder, type SqlBool } from 'kysely'
import type { Paginated } from '../../../shared/schemas/common'
import type { CompetencySearch } from '../../../shared/schemas/framework'
import type { Db } from '../connect'
import type { Database as DB } from '../database'
import { competencyColumns } from './competencies'
import { paginate } from './paginate'
import { escapeLike, matchesAllWords, searchWords } from './text-search'

// A trigram index finds words of three characters or more; shorter ones are checked on the rows it finds.
const indexable = (word: string) => [...word].length >= 3

// An FTS5 query asking for every word as a literal string: inside double quotes (doubled when in the word)
// nothing is syntax, so `"`, `*`, `-`, `(` or `AND` in a search are just characters.
export const ftsAllOf = (words: readonly string[]) => words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ')

// A count past this stops: a word in a third of 250,000 statements would otherwise be counted in full on
// every keystroke, holding the SQLite connection (and with it the event loop) for a tenth of a second.
export const SEARCH_COUNT_CAP = 1000

// The highest code point, so that a range from `prefix` to `prefix + TOP` holds every string starting with it.
const TOP = String.fromCodePoint(0x10ffff)

type Search = Paginated<CompetencyHit> & { totalCapped: boolean }

// Competencies whose code or statement holds every word of q, with their framework's title.
export async function searchCompetencies(db: Db, search: CompetencySearch): Promise<Search> {
  const words = searchWords(search.q)
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
  if (words.length && !postgres && words.some(indexable)) return searchIndexed(db, search, words)
  let query = db
    .selectFrom('competencies')
    .innerJoin('frameworks', 'frameworks.id', 'competencies.frameworkId')
    .select(competencyColumns)
    .select('frameworks.title as frameworkTitle')
  if (words.length && postgres) {
    // The expression of the GIN trigram index; a word has no space, so it cannot match across the one added.
    const text = sql<string>`lower(competencies.code || ' ' || competencies.statement)`
    query = query.where((eb) => eb.and(words.map((word) => sql<SqlBool>`${text} like ${`%${escapeLike(word)}%`} escape '\\'`)))
  } else if (words.length) {
    query = query.where((eb) => matchesAllWords(eb, ['competencies.code', 'competencies.statement'], words))
  }
  query = narrowed(query, search)
  if (words.length) {
    // As on SQLite: the code that is the query, then codes starting with it, then the rest in the frameworks' order.
    const whole = words.join(' ')
    query = query
      .orderBy(sql`case when lower(competencies.code) = ${whole} then 0 when lower(competencies.code) like ${`${escapeLike(whole)}%`} escape '\\' then 1 else 2 end`)
      .orderBy(sql`case when lower(competencies.code) like ${`${escapeLike(whole)}%`} escape '\\' then lower(competencies.code) end`)
      .orderBy('competencies.id')
  } else {
    query = query.orderBy('frameworks.title').orderBy('competencies.code').orderBy('competencies.id')
  }
  if (!words.length) return { ...(await paginate(query, search)), totalCapped: false }
  const [items, total] = await Promise.all([query.limit(search.limit).offset(search.offset).execute(), countUpToCap(db, query)])
  return { items, total, totalCapped: total === SEARCH_COUNT_CAP, limit: search.limit, offset: search.offset }
}

// The rows `query` matches, counted up to SEARCH_COUNT_CAP.
async function countUpToCap(db: Db, query: SelectQueryBuilder<DB, 'competencies' | 'frameworks', object>): Promise<number> {
  const page = query.clearSelect().clearOrderBy().select(sql`1`.as('one')).limit(SEARCH_COUNT_CAP).as('page')
  const counted = await db.selectFrom(page).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirstOrThrow()
  return Number(counted.n)
}

type CompetencyHit = Awaited<ReturnType<ReturnType<typeof hits>['executeTakeFirstOrThrow']>>

const hits = (db: Db) =>
  db
    .selectFrom('competencies')
    .innerJoin('frameworks', 'frameworks.id', 'competencies.frameworkId')
    .select(competencyColumns)
    .select('frameworks.title as frameworkTitle')

function narrowed<Q extends SelectQueryBuilder<DB, 'competencies' | 'frameworks', object>>(query: Q, search: CompetencySearch): Q {
  let narrow = query
  if (search.frameworkId) narrow = narrow.where('competencies.frameworkId', '=', search.frameworkId) as Q
  if (search.kind) narrow = narrow.where('competencies.kind', '=', search.kind) as Q
  if (search.retired === 'exclude') narrow = narrow.where('competencies.retiredAt', 'is', null) as Q
  return narrow
}

// SQLite, where a query holds the connection and the event loop until it ends: every step reads only as many
// rows as the page needs. First the codes starting with the query (an index range on lower(code), the exact
// code first), then the other matches in the order the FTS5 index yields them (competency id, which is the
// order frameworks were written in); the total is counted up to SEARCH_COUNT_CAP.
async function searchIndexed(db: Db, search: CompetencySearch, words: string[]): Promise<Search> {
  const whole = words.join(' ')
  const inCodeRange = sql<SqlBool>`lower(competencies.code) >= ${whole} and lower(competencies.code) < ${whole + TOP}`
  const byCode = narrowed(hits(db).where(inCodeRange), search).where((eb) =>
    matchesAllWords(eb, ['competencies.code', 'competencies.statement'], words),
  )
  const match = ftsAllOf(words.filter(indexable))
  const rest = narrowed(
    hits(db)
      .innerJoin(sql<{ rowid: number }>`competencies_search`.as('competencies_search'), (join) =>
        join.onRef(sql.ref('competencies_search.rowid'), '=', 'competencies.id'),
      )
      .where(sql<SqlBool>`competencies_search match ${match}`)
      .where(sql<SqlBool>`not (${inCodeRange})`),
    search,
  )
    // Also every word again: the same case rules as every other search (SQLite's lower() folds ASCII only).
    .where((eb) => matchesAllWords(eb, ['competencies.code', 'competencies.statement'], words))
  const codeCount = await countUpToCap(db, byCode)
  const first = await byCode
    .orderBy(sql`lower(competencies.code) = ${whole}`, 'desc')
    .orderBy(sql`lower(competencies.code)`)
    .orderBy('competencies.id')
    .limit(search.limit)
    .offset(search.offset)
    .execute()
  const wanted = search.limit - first.length
  const others = wanted > 0 ? await rest.orderBy(sql`competencies_search.rowid`).limit(wanted).offset(Math.max(0, search.offset - codeCount)).execute() : []
  const total = Math.min(SEARCH_COUNT_CAP, codeCount + (await countUpToCap(db, rest)))
  return { items: [...first, ...others], total, totalCapped: total === SEARCH_COUNT_CAP, limit: search.limit, offset: search.offset }
}
