// Suggested competencies for a piece of text (an outcome, a module description, a bridge's occupational items).
//
// Use:
//   const index = buildSuggestionIndex(items)   // once per framework data version; items are
//                                               // { id, code, text: statement, context: ancestors' statements }
//   suggest(index, 'Measure shafts with a micrometer', { limit: 10, exclude: new Set(alreadyAligned) })
//     → [{ competencyId, score, matched }], best first; score in (0, 1]; matched = the item's words that met
//       the query (directly or through a synonym), for highlight() in ./highlight.
//
// Ranking: BM25 over each item's statement, code and (weighted down) its ancestors' statements, with the
// query's words widened by the trade synonyms of ./terms at half weight; plus the Jaccard similarity of word
// pairs (the analysis's shingles) between the query and the statement, so an item that says the same thing in
// the same order beats one that merely shares its words. Pure and synchronous; a 50,000-item index answers a
// query in a few milliseconds, so it is cached per framework version rather than per request.
import { DEFAULT_SHINGLE_SIZE } from '../analysis/similarity/shingles'
import { synonymsOf, terms } from './terms'

export type SuggestionItem = { id: number; code: string | null; text: string; context: string[] }

export type Suggestion = { competencyId: number; score: number; matched: string[] }

export type SuggestOptions = { limit: number; exclude?: ReadonlySet<number> }

export type SuggestionIndex = {
  readonly items: readonly SuggestionItem[]
  readonly termIds: ReadonlyMap<string, number>
  // Per term: the items holding it and its weighted frequency in each.
  readonly postings: readonly { items: Int32Array; tf: Float32Array }[]
  readonly idf: Float64Array
  readonly lengths: Float32Array
  readonly averageLength: number
  // Each statement's word-pair ids, sorted and distinct: item i owns pairIds[pairStart[i]] .. pairIds[pairStart[i + 1] - 1].
  readonly pairIds: Float64Array
  readonly pairStart: Int32Array
}

// BM25's usual constants: term frequency saturates quickly (statements are short), lengths half-normalised.
const K1 = 1.2
const B = 0.75
// How much a word of the code and of an ancestor's statement counts against one of the item's own statement.
const CODE_WEIGHT = 1
const CONTEXT_WEIGHT = 0.35
// A synonym's match counts half of the word itself.
const SYNONYM_WEIGHT = 0.5
// Share of the word-pair similarity in the final score.
const PAIR_WEIGHT = 0.25

// Builds the index of a framework's (or several frameworks') items; see the file header.
export function buildSuggestionIndex(items: readonly SuggestionItem[]): SuggestionIndex {
  const termIds = new Map<string, number>()
  const idOf = (term: string): number => {
    let id = termIds.get(term)
    if (id === undefined) {
      id = termIds.size
      termIds.set(term, id)
    }
    return id
  }
  const postingItems: number[][] = []
  const postingTf: number[][] = []
  const lengths = new Float32Array(items.length)
  const pairs: number[] = []
  const pairStart = new Int32Array(items.length + 1)
  const statementTermIds: number[][] = []
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!
    const weights = new Map<number, number>()
    const add = (text: string, weight: number): number[] => {
      const ids: number[] = []
      for (const { term } of terms(text)) {
        const id = idOf(term)
        ids.push(id)
        weights.set(id, (weights.get(id) ?? 0) + weight)
        lengths[i]! += weight
      }
      return ids
    }
    statementTermIds.push(add(item.text, 1))
    if (item.code) add(item.code, CODE_WEIGHT)
    for (const ancestor of item.context) add(ancestor, CONTEXT_WEIGHT)
    for (const [id, tf] of weights) {
      ;(postingItems[id] ??= []).push(i)
      ;(postingTf[id] ??= []).push(tf)
    }
  }
  // Word-pair ids need the vocabulary's final size as their base, so they are made once all terms are numbered.
  const base = Math.max(termIds.size, 1)
  for (let i = 0; i < items.length; i++) {
    const ids = pairKeys(statementTermIds[i]!, base)
    for (const id of ids) pairs.push(id)
    pairStart[i + 1] = pairs.length
  }
  const n = items.length
  const idf = new Float64Array(termIds.size)
  const postings = postingItems.map((list, id) => {
    idf[id] = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5))
    return { items: Int32Array.from(list), tf: Float32Array.from(postingTf[id]!) }
  })
  let total = 0
  for (const length of lengths) total += length
  return {
    items,
    termIds,
    postings,
    idf,
    lengths,
    averageLength: n === 0 ? 1 : total / n || 1,
    pairIds: Float64Array.from(pairs),
    pairStart,
  }
}

// The best items for `query`, best first, at most `limit`, none of `exclude`; items sharing no word (or
// synonym) with the query are never suggested.
export function suggest(index: SuggestionIndex, query: string, options: SuggestOptions): Suggestion[] {
  const queryTerms = terms(query)
  if (queryTerms.length === 0 || options.limit <= 0) return []
  const weights = new Map<string, number>()
  for (const { term } of queryTerms) weights.set(term, (weights.get(term) ?? 0) + 1)
  const direct = [...weights.keys()]
  for (const term of direct) {
    for (const synonym of synonymsOf(term)) if (!weights.has(synonym)) weights.set(synonym, SYNONYM_WEIGHT)
  }

  // The score of an item holding every query word once: what a perfect match reaches before normalising.
  const maxIdf = Math.log(1 + (index.items.length + 0.5) / 0.5)
  let best = 0
  for (const term of direct) {
    const id = index.termIds.get(term)
    best += (weights.get(term) ?? 1) * (id === undefined ? maxIdf : index.idf[id]!)
  }

  // Scores accumulate in one typed array (an item's is 0 until a word reaches it), touched items listed once.
  const scores = new Float64Array(index.items.length)
  const touched: number[] = []
  for (const [term, queryWeight] of weights) {
    const id = index.termIds.get(term)
    if (id === undefined) continue
    const { items, tf } = index.postings[id]!
    const idf = index.idf[id]!
    for (let p = 0; p < items.length; p++) {
      const item = items[p]!
      const f = tf[p]!
      const norm = K1 * (1 - B + (B * index.lengths[item]!) / index.averageLength)
      if (scores[item] === 0) touched.push(item)
      scores[item]! += (queryWeight * idf * f * (K1 + 1)) / (f + norm)
    }
  }

  const queryPairs = pairKeys(
    queryTerms.map(({ term }) => index.termIds.get(term) ?? -1),
    Math.max(index.termIds.size, 1),
  )
  // The best `limit` so far, best first (ties by id); an item whose score cannot beat the last is skipped before
  // its word pairs are compared.
  const ranked: { item: number; score: number }[] = []
  const before = (a: { item: number; score: number }, b: { item: number; score: number }) =>
    a.score > b.score || (a.score === b.score && index.items[a.item]!.id < index.items[b.item]!.id)
  for (const item of touched) {
    if (options.exclude?.has(index.items[item]!.id)) continue
    const text = Math.min(1, scores[item]! / best)
    const last = ranked.length === options.limit ? ranked[ranked.length - 1]! : null
    if (last && (1 - PAIR_WEIGHT) * text + PAIR_WEIGHT < last.score) continue
    const candidate = { item, score: (1 - PAIR_WEIGHT) * text + PAIR_WEIGHT * pairJaccard(queryPairs, index, item) }
    if (last && !before(candidate, last)) continue
    let at = ranked.length
    while (at > 0 && before(candidate, ranked[at - 1]!)) at--
    ranked.splice(at, 0, candidate)
    if (ranked.length > options.limit) ranked.pop()
  }
  return ranked.map(({ item, score }) => ({
    competencyId: index.items[item]!.id,
    score: Math.round(score * 1000) / 1000,
    matched: matchedWords(index.items[item]!, weights),
  }))
}

// Sorted, distinct ids of consecutive word pairs (single words for a one-word text), the analysis's shingles;
// pairs touching a word unknown to the index (id -1) cannot match and are left out.
function pairKeys(ids: readonly number[], base: number): number[] {
  const out: number[] = []
  const k = DEFAULT_SHINGLE_SIZE
  if (ids.length < k) {
    for (const id of ids) if (id >= 0) out.push(-1 - id)
  } else {
    for (let w = 0; w + k <= ids.length; w++) {
      let key = 0
      let known = true
      for (let j = w; j < w + k; j++) {
        if (ids[j]! < 0) known = false
        key = key * base + ids[j]!
      }
      if (known) out.push(key)
    }
  }
  return [...new Set(out)].sort((a, b) => a - b)
}

// Jaccard similarity of the query's word pairs and item's statement's.
function pairJaccard(query: readonly number[], index: SuggestionIndex, item: number): number {
  const { pairIds, pairStart } = index
  let i = 0
  let j = pairStart[item]!
  const end = pairStart[item + 1]!
  const size = query.length + (end - j)
  if (size === 0) return 0
  let shared = 0
  while (i < query.length && j < end) {
    const x = query[i]!
    const y = pairIds[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared / (size - shared)
}

// The item's words (statement, then code, then ancestors) whose stems the query reached, each once.
function matchedWords(item: SuggestionItem, weights: ReadonlyMap<string, number>): string[] {
  const seen = new Set<string>()
  for (const text of [item.text, item.code ?? '', ...item.context]) {
    for (const { word, term } of terms(text)) if (weights.has(term)) seen.add(word)
  }
  return [...seen]
}
