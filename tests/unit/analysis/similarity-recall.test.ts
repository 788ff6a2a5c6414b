// The near-duplicate search against ground truth: a seeded synthetic catalogue of outcome texts with planted
// near-duplicates at many similarities; the truth is exact Jaccard over all pairs (here only, in the test).
import { describe, expect, it } from 'vitest'
import { DEFAULT_SIMILARITY, findSimilarPairs } from '../../../shared/domain/analysis/similarity/find-similar'
import { normalise } from '../../../shared/domain/analysis/similarity/normalise'
import { jaccard, shingleSets } from '../../../shared/domain/analysis/similarity/shingles'

// mulberry32: a tiny seeded PRNG, so the catalogue (and so the test) is the same on every run.
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ren', 'tu', 'vax', 'po', 'shi', 'dre', 'gan', 'bel', 'qui', 'zor', 'fet', 'nal', 'cro']
const TEXTS = 2000
const BASES = 1200

function catalogue(seed: number): string[] {
  const next = random(seed)
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!
  // Pseudo-words that survive normalisation unchanged and distinct, so edits change exactly one token.
  const vocabulary = new Set<string>()
  while (vocabulary.size < 800) {
    const word = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('')
    const [normalised, ...rest] = normalise(word)
    if (normalised === word && rest.length === 0) vocabulary.add(word)
  }
  const words = [...vocabulary]
  const texts: string[][] = []
  for (let i = 0; i < BASES; i++) texts.push(Array.from({ length: 8 + Math.floor(next() * 12) }, () => pick(words)))
  // Variants of earlier texts (bases or variants, so clusters form) with 0 to 5 word edits: similarities
  // spread from 1 down through the threshold to well below it.
  while (texts.length < TEXTS) {
    const variant = [...pick(texts)]
    const edits = Math.floor(next() * 6)
    for (let e = 0; e < edits; e++) {
      const at = Math.floor(next() * variant.length)
      const op = next()
      if (op < 0.5) variant[at] = pick(words)
      else if (op < 0.75 && variant.length > 4) variant.splice(at, 1)
      else variant.splice(at, 0, pick(words))
    }
    texts.push(variant)
  }
  return texts.map((t) => `${t.join(' ')}.`)
}

describe('near-duplicate search (MinHash + LSH) against exact Jaccard', () => {
  it('finds at least 95% of the pairs at or above the default threshold, with exact precision', () => {
    const texts = catalogue(20261123)
    const { threshold } = DEFAULT_SIMILARITY

    const sets = shingleSets(texts)
    const truth = new Map<string, number>()
    for (let a = 0; a < texts.length; a++) {
      for (let b = a + 1; b < texts.length; b++) {
        const s = jaccard(sets, a, b)
        if (s >= threshold) truth.set(`${a}:${b}`, s)
      }
    }
    const nearThreshold = [...truth.values()].filter((s) => s < threshold + 0.1).length
    expect(truth.size).toBeGreaterThan(250)
    expect(nearThreshold).toBeGreaterThan(50)

    let candidates = 0
    const found = findSimilarPairs(texts, {}, () => ++candidates > 0)
    for (const { a, b, similarity } of found) expect(truth.get(`${a}:${b}`)).toBe(similarity)
    const recall = found.length / truth.size
    expect(recall).toBeGreaterThanOrEqual(0.95)
    // Never all pairs: the candidates verified are a small fraction of the 2 million.
    expect(candidates).toBeLessThan((texts.length * (texts.length - 1)) / 2 / 100)
  })
})
