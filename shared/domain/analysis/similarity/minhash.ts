// MinHash: each shingle set is summarised by the minimum of many hash functions over its ids; two sets
// agree on any one minimum with probability (close to) their Jaccard similarity.

// A fast 32-bit avalanche (Wellons' "lowbias32"): every input bit flips about half the output bits.
// Math.imul keeps it in 32-bit integer arithmetic.
function mix32(x: number): number {
  x ^= x >>> 16
  x = Math.imul(x, 0x7feb352d)
  x ^= x >>> 15
  x = Math.imul(x, 0x846ca68b)
  x ^= x >>> 16
  return x >>> 0
}

import type { ShingleSets } from './shingles'

export type BandLayout = { numHashes: number; bands: number; rows: number; seed: number }

// The LSH band keys of every set: keys[band * n + i] hashes rows band*rows..band*rows+rows-1 of set i's
// signature. Only the keys are kept (not the whole signatures), so memory is n × bands, not n × numHashes.
// Empty sets get no meaningful key; callers skip them.
export function bandKeys(sets: ShingleSets, layout: BandLayout): Uint32Array {
  const { numHashes, bands, rows, seed } = layout
  const { ids, start } = sets
  const n = start.length - 1
  // Hash h of a shingle is (a_h · x + b_h) mod 2^32 over its avalanched id x, with a_h odd: one multiply and
  // one add per hash and shingle (the inner loop of the whole analysis), and the classic universal family.
  const multipliers = new Int32Array(numHashes)
  const offsets = new Int32Array(numHashes)
  for (let h = 0; h < numHashes; h++) {
    multipliers[h] = mix32(seed + Math.imul(2 * h + 1, 0x9e3779b9)) | 1
    offsets[h] = mix32(seed ^ Math.imul(2 * h + 2, 0x85ebca6b))
  }
  const signature = new Int32Array(numHashes)
  let mixed = new Int32Array(64)
  const keys = new Uint32Array(bands * n)
  for (let i = 0; i < n; i++) {
    const size = start[i + 1]! - start[i]!
    if (size === 0) continue
    if (size > mixed.length) mixed = new Int32Array(size)
    for (let s = 0; s < size; s++) {
      const id = ids[start[i]! + s]!
      mixed[s] = mix32((id >>> 0) ^ mix32(Math.floor(id / 0x100000000) ^ seed))
    }
    // Hash-major, four hashes per pass over the shingles with their running minima in locals: the hot loop
    // stays in 32-bit registers and reads each shingle once per four hashes. Minima are taken in signed order,
    // which orders the values as well as any other fixed order does.
    let h = 0
    for (; h + 4 <= numHashes; h += 4) {
      const a0 = multipliers[h]!, a1 = multipliers[h + 1]!, a2 = multipliers[h + 2]!, a3 = multipliers[h + 3]!
      const b0 = offsets[h]!, b1 = offsets[h + 1]!, b2 = offsets[h + 2]!, b3 = offsets[h + 3]!
      let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff
      for (let s = 0; s < size; s++) {
        const x = mixed[s]!
        const v0 = (Math.imul(x, a0) + b0) | 0
        const v1 = (Math.imul(x, a1) + b1) | 0
        const v2 = (Math.imul(x, a2) + b2) | 0
        const v3 = (Math.imul(x, a3) + b3) | 0
        if (v0 < m0) m0 = v0
        if (v1 < m1) m1 = v1
        if (v2 < m2) m2 = v2
        if (v3 < m3) m3 = v3
      }
      signature[h] = m0
      signature[h + 1] = m1
      signature[h + 2] = m2
      signature[h + 3] = m3
    }
    for (; h < numHashes; h++) {
      const a = multipliers[h]!
      const b = offsets[h]!
      let min = 0x7fffffff
      for (let s = 0; s < size; s++) {
        const v = (Math.imul(mixed[s]!, a) + b) | 0
        if (v < min) min = v
      }
      signature[h] = min
    }
    for (let band = 0; band < bands; band++) {
      let key = 0x811c9dc5
      for (let r = band * rows, end = r + rows; r < end; r++) key = Math.imul(key ^ signature[r]!, 0x01000193)
      keys[band * n + i] = mix32(key)
    }
  }
  return keys
}
