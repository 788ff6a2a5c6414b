import { describe, expect, it } from 'vitest'
import { DEFAULT_SIMILARITY, findSimilarPairs } from '../../../shared/domain/analysis/similarity/find-similar'
import { lshBanding } from '../../../shared/domain/analysis/similarity/lsh'
import { normalise, stem } from '../../../shared/domain/analysis/similarity/normalise'
import { jaccard, shingleSets } from '../../../shared/domain/analysis/similarity/shingles'

describe('normalise', () => {
  it('lowercases, drops punctuation, accents and stop words, and stems inflections together', () => {
    expect(normalise('Measure the parts, using a Micrometer!')).toEqual(['measur', 'part', 'using', 'micrometer'])
    expect(normalise('Café résumé')).toEqual(['caf', 'resum'])
    expect(['measure', 'measures', 'measured', 'measuring'].map(stem)).toEqual(['measur', 'measur', 'measur', 'measur'])
    expect(['study', 'studies', 'studied'].map(stem)).toEqual(['studi', 'studi', 'studi'])
    expect(['safely', 'safe', 'process', 'class'].map(stem)).toEqual(['saf', 'saf', 'process', 'class'])
  })
})

describe('shingles and Jaccard', () => {
  it('builds distinct word pairs, single words for texts shorter than k, nothing for stop words only', () => {
    const { start } = shingleSets(['cut metal cut metal', 'Weld.', 'of the and'])
    expect([...start]).toEqual([0, 2, 3, 3])
  })

  it('computes exact Jaccard over the shingle sets', () => {
    const sets = shingleSets(['read a blueprint and measure a part', 'read a blueprint and inspect a part', ''])
    // Shingles: "read blueprint", "blueprint measur|inspect", "measur|inspect part": one shared of five distinct.
    expect(jaccard(sets, 0, 1)).toBeCloseTo(1 / 5)
    expect(jaccard(sets, 0, 0)).toBe(1)
    expect(jaccard(sets, 2, 2)).toBe(0)
  })
})

describe('LSH banding', () => {
  it('puts the S-curve below the threshold so pairs at the threshold are found with probability >= 0.99', () => {
    expect(lshBanding(128, 0.7)).toEqual({ bands: 32, rows: 4 })
    expect(lshBanding(64, 0.7)).toEqual({ bands: 21, rows: 3 })
    for (const numHashes of [64, 128]) {
      for (const threshold of [0.5, 0.6, 0.7, 0.8, 0.9]) {
        const { bands, rows } = lshBanding(numHashes, threshold)
        expect(bands * rows).toBeLessThanOrEqual(numHashes)
        expect((1 / bands) ** (1 / rows)).toBeLessThan(threshold)
        expect(1 - (1 - threshold ** rows) ** bands).toBeGreaterThanOrEqual(0.99)
      }
    }
  })

  it('finds a pair at the default threshold at least as surely with the default hashes as with 128', () => {
    const { numHashes, threshold } = DEFAULT_SIMILARITY
    const found = (layout: { bands: number; rows: number }) => 1 - (1 - threshold ** layout.rows) ** layout.bands
    expect(found(lshBanding(numHashes, threshold))).toBeGreaterThanOrEqual(found(lshBanding(128, threshold)))
  })
})

describe('findSimilarPairs', () => {
  it('finds near-identical texts, skips empty ones, and honours accept', () => {
    const texts = ['Set up and operate a manual lathe safely', 'Set up and operate manual lathes safely', 'the of and', 'of the and']
    expect(findSimilarPairs(texts)).toEqual([{ a: 0, b: 1, similarity: 1 }])
    expect(findSimilarPairs(texts, {}, () => false)).toEqual([])
  })

  it('refuses thresholds outside (0, 1]', () => {
    expect(() => findSimilarPairs(['a b'], { threshold: 0 })).toThrow(RangeError)
    expect(() => findSimilarPairs(['a b'], { threshold: 1.5 })).toThrow(RangeError)
  })
})
