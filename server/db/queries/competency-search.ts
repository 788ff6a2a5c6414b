// Competency search (the competencies list's ?q=, the editors' "#" reference search and the alignment picker),
// served by the trigram indexes of migration 20261209T100000: every word must occur, in any case, somewhere in
// the code or the statement; a competency whose code is the query comes first, then codes that start with it.
import { PostgresAdapter, sql, type SqlBool } from 'kysely'
import type { CompetencySearch } from '../../../shared/schemas/framework'
import type { Db } from '../connect'
import { competencyColumns } from './competencies'
import { paginate } from './paginate'
import { escapeLike, matchesAllWords, searchWords } from './text-search'

// A trigram index finds words of three characters or more; shorter ones are checked on the rows it finds.
const indexable = (word: string) => [...word].length >= 3

// An FTS5 query asking for every word as a literal string: inside double quotes (doubled when in the word)
// nothing is syntax, so `"`, `*`, `-`, `(` or `AND` in a search are just characters.
export const ftsAllOf = (words: readonly string[]) => words.map((word) => `"${word.replaceAll('"', '""')}"`).join(' AND ')

// Competencies whose code or statement holds every word of q, with their framework's title.
export function searchCompetencies(db: Db, search: CompetencySearch) {
  const words = searchWords(search.q)
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter
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
    const indexed = words.filter(indexable)
    if (indexed.length) {
      query = query.where(sql<SqlBool>`competencies.id in (select rowid from competencies_search where competencies_search match ${ftsAllOf(indexed)})`)
    }
    // Also the indexed words again: the same case rules as every other search (SQLite's lower() folds ASCII only).
    query = query.where((eb) => matchesAllWords(eb, ['competencies.code', 'competencies.statement'], words))
  }
  if (search.frameworkId) query = query.where('competencies.frameworkId', '=', search.frameworkId)
  if (search.kind) query = query.where('competencies.kind', '=', search.kind)
  if (words.length) {
    const whole = words.join(' ')
    query = query.orderBy(
      sql`case when lower(competencies.code) = ${whole} then 0 when lower(competencies.code) like ${`${escapeLike(whole)}%`} escape '\\' then 1 else 2 end`,
    )
  }
  return paginate(query.orderBy('frameworks.title').orderBy('competencies.code').orderBy('competencies.id'), search)
}
