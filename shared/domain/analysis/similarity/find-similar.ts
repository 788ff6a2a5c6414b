// Near-duplicate texts without comparing all pairs: shingles → MinHash band keys → LSH candidates →
// exact Jaccard, so recall is probabilistic (high by construction) and precision is exact.
import { forEachCandidate, lshBanding } from './lsh'
import { bandKeys } from './minhash'
import { DEFAULT_SHINGLE_SIZE, jaccard, shingleSets } from './shingles'

export type SimilarityOptions = {
  // Pairs with Jaccard similarity of their shingle sets at or above this are near-duplicates.
  threshold: number
  shingleSize: number
  numHashes: number
  // Fixes the hash functions, so the same input always yields the same pairs.
  seed: number
}

// 0.7 flags outcomes that share most of their word pairs (one or two words changed in a ten-word outcome)
// while leaving outcomes that merely share a topic alone. 64 hashes band as 21 × 3 at 0.7, which makes a pair
// at the threshold a candidate with probability 0.9998 (as 128 hashes in 32 × 4 do) for half the hashing, the
// inner loop of the whole analysis; the price is more candidates well below the threshold, each settled by
// one exact Jaccard.
export const DEFAULT_SIMILARITY: SimilarityOptions = {
  threshold: 0.7,
  shingleSize: DEFAULT_SHINGLE_SIZE,
  numHashes: 64,
  seed: 0x2545f491,
}

export type SimilarPair = { a: number; b: number; similarity: number }

// The pairs (a < b, by index into `texts`) whose exact Jaccard similarity reaches the threshold, among those
// `accept` allows; `accept` runs before the exact check, so rejected pairs cost nothing to verify.
export function findSimilarPairs(
  texts: readonly string[],
  options: Partial<SimilarityOptions> = {},
  accept: (a: number, b: number) => boolean = () => true,
): SimilarPair[] {
  const { threshold, shingleSize, numHashes, seed } = { ...DEFAULT_SIMILARITY, ...options }
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`Similarity threshold must be in (0, 1], not ${threshold}`)
  if (!Number.isInteger(numHashes) || numHashes < 1) throw new RangeError(`numHashes must be a positive integer, not ${numHashes}`)

  const sets = shingleSets(texts, shingleSize)
  const layout = { numHashes, seed, ...lshBanding(numHashes, threshold) }
  const keys = bandKeys(sets, layout)
  const live = new Uint8Array(texts.length)
  for (let i = 0; i < texts.length; i++) live[i] = sets.start[i + 1]! > sets.start[i]! ? 1 : 0

  const pairs: SimilarPair[] = []
  forEachCandidate(keys, live, layout, (a, b) => {
    if (!accept(a, b)) return
    const similarity = jaccard(sets, a, b)
    if (similarity >= threshold) pairs.push({ a, b, similarity })
  })
  return pairs.sort((x, y) => x.a - y.a || x.b - y.b)
}
