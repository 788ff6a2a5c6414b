import { describe, expect, it } from 'vitest'
import { forEachCandidate } from '../../../shared/domain/analysis/similarity/lsh'

// A seeded PRNG, so the keys are the same on every run.
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = Math.imul(a ^ (a >>> 15), a | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('forEachCandidate', () => {
  it('visits once, with a < b, every pair of live sets that share a key in some band', () => {
    const n = 400
    const bands = 5
    const next = random(11)
    // Few distinct keys per band (some of them large), so buckets hold many sets and pairs meet in several bands.
    const keys = new Uint32Array(bands * n).map(() => (Math.floor(next() * 40) * 0x9e3779b1) >>> 0)
    const live = new Uint8Array(n).map(() => (next() < 0.9 ? 1 : 0))
    const expected = new Set<string>()
    for (let a = 0; a < n; a++) {
      for (let b = a + 1; b < n; b++) {
        if (!live[a] || !live[b]) continue
        for (let band = 0; band < bands; band++) if (keys[band * n + a] === keys[band * n + b]) expected.add(`${a}:${b}`)
      }
    }
    const visited: string[] = []
    forEachCandidate(keys, live, { bands }, (a, b) => {
      expect(a).toBeLessThan(b)
      visited.push(`${a}:${b}`)
    })
    expect(visited.length).toBe(new Set(visited).size)
    expect(new Set(visited)).toEqual(expected)
    expect(expected.size).toBeGreaterThan(1000)
  })
})
