// Word shingles as exact numeric ids, each text's sorted and distinct, so Jaccard is an exact merge.
import { WordIds } from './word-ids'

// k = 2 (word pairs): outcomes are short, and pairs keep word order ("cut metal" vs "metal cut") while
// one changed word still leaves most pairs intact. Texts with fewer than k words fall back to single words.
export const DEFAULT_SHINGLE_SIZE = 2

// All texts' shingle ids in one flat array: text i owns ids[start[i]] .. ids[start[i + 1] - 1]. One array
// instead of a typed array per text keeps a 100,000-outcome catalogue from churning the garbage collector.
export type ShingleSets = { ids: Float64Array; start: Int32Array }

// A shingle's id is its words' ids as digits in base W (the vocabulary size): exact, with no dictionary of
// shingle strings (a million string keys cost seconds on a statewide catalogue). Single-word shingles of
// short texts get ids above all k-word ones so the two kinds never meet. A text of stop words has none.
export function shingleSets(texts: readonly string[], k = DEFAULT_SHINGLE_SIZE): ShingleSets {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`Shingle size must be a positive integer, not ${k}`)
  const vocabulary = new WordIds()
  const words: number[] = []
  const wordStart = new Int32Array(texts.length + 1)
  for (let i = 0; i < texts.length; i++) {
    vocabulary.push(texts[i]!, words)
    wordStart[i + 1] = words.length
  }
  const base = Math.max(vocabulary.size, 1)
  const unigramOffset = base ** k
  if (unigramOffset + base > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`A vocabulary of ${base} words is too large for exact ${k}-word shingles; use a smaller shingle size`)
  }

  // A text of n >= k words has n - k + 1 shingles, a shorter one n: never more than its word count.
  const ids = new Float64Array(words.length)
  const start = new Int32Array(texts.length + 1)
  let end = 0
  for (let i = 0; i < texts.length; i++) {
    const from = wordStart[i]!
    const to = wordStart[i + 1]!
    const first = end
    if (to - from < k) for (let w = from; w < to; w++) ids[end++] = unigramOffset + words[w]!
    else {
      for (let w = from; w + k <= to; w++) {
        let id = 0
        for (let j = w; j < w + k; j++) id = id * base + words[j]!
        ids[end++] = id
      }
    }
    sortRange(ids, first, end)
    // Keep each distinct id once, in place.
    const last = end
    end = first
    for (let s = first; s < last; s++) if (s === first || ids[s] !== ids[s - 1]) ids[end++] = ids[s]!
    start[i + 1] = end
  }
  return { ids, start }
}

// Outcomes are short, so an insertion sort in place beats a typed-array sort of a subarray per text; a long
// text still gets the built-in sort.
function sortRange(ids: Float64Array, from: number, to: number): void {
  if (to - from > 32) {
    ids.subarray(from, to).sort()
    return
  }
  for (let i = from + 1; i < to; i++) {
    const x = ids[i]!
    let j = i - 1
    while (j >= from && ids[j]! > x) {
      ids[j + 1] = ids[j]!
      j--
    }
    ids[j + 1] = x
  }
}

// Exact Jaccard similarity |A ∩ B| / |A ∪ B| of texts a and b's shingle sets; 0 when both are empty.
export function jaccard(sets: ShingleSets, a: number, b: number): number {
  const { ids, start } = sets
  let i = start[a]!
  let j = start[b]!
  const iEnd = start[a + 1]!
  const jEnd = start[b + 1]!
  const size = iEnd - i + (jEnd - j)
  let shared = 0
  while (i < iEnd && j < jEnd) {
    const x = ids[i]!
    const y = ids[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  const union = size - shared
  return union === 0 ? 0 : shared / union
}
