// Locality-sensitive hashing by banding: sets whose signatures agree on every row of at least one band
// become candidate pairs. With b bands of r rows, a pair of similarity s is a candidate with probability
// 1 - (1 - s^r)^b, an S-curve whose steep part sits near (1/b)^(1/r).
import type { BandLayout } from './minhash'

// The recall the banding must reach for pairs exactly at the threshold; above it, recall only rises.
const RECALL_AT_THRESHOLD = 0.99

// The strictest banding (most rows per band, so fewest false candidates to verify) that still makes a pair
// at `threshold` a candidate with probability >= 0.99. For 128 hashes and 0.7 this is 32 bands × 4 rows:
// the S-curve sits at (1/32)^(1/4) ≈ 0.42, well below 0.7, and P(candidate | s = 0.7) ≈ 0.9998; for the
// default 64 hashes it is 21 × 3, the S-curve at ≈ 0.36 and P(candidate | s = 0.7) ≈ 0.9998.
export function lshBanding(numHashes: number, threshold: number): { bands: number; rows: number } {
  for (let rows = numHashes; rows > 1; rows--) {
    const bands = Math.floor(numHashes / rows)
    if (1 - (1 - threshold ** rows) ** bands >= RECALL_AT_THRESHOLD) return { bands, rows }
  }
  return { bands: numHashes, rows: 1 }
}

// Calls visit(a, b) once, with a < b, for every pair of sets that agree on every row of some band (share a
// bucket), at the first such band. `live` marks the sets that have a signature. Each band's buckets are found
// by sorting that band's keys (a stable radix sort of typed arrays, reused band after band): no Map and no
// hash table to chase, and a pair met again in a later band is known by comparing its earlier bands' keys,
// so no set of pairs seen is kept either.
export function forEachCandidate(
  keys: Uint32Array,
  live: Uint8Array,
  layout: Pick<BandLayout, 'bands'>,
  visit: (a: number, b: number) => void,
): void {
  const n = live.length
  const members: number[] = []
  for (let i = 0; i < n; i++) if (live[i]) members.push(i)
  const m = members.length
  let order = new Int32Array(m)
  let spare = new Int32Array(m)
  let sorted = new Uint32Array(m)
  let sortedSpare = new Uint32Array(m)
  const counts = new Int32Array(RADIX)
  for (let band = 0; band < layout.bands; band++) {
    const base = band * n
    for (let j = 0; j < m; j++) {
      order[j] = members[j]!
      sorted[j] = keys[base + members[j]!]!
    }
    // Least significant digit first; each pass is stable, so equal keys keep ascending set order.
    for (let shift = 0; shift < 32; shift += RADIX_BITS) {
      counts.fill(0)
      for (let j = 0; j < m; j++) counts[(sorted[j]! >>> shift) & RADIX_MASK]!++
      for (let d = 0, total = 0; d < RADIX; d++) {
        const count = counts[d]!
        counts[d] = total
        total += count
      }
      for (let j = 0; j < m; j++) {
        const at = counts[(sorted[j]! >>> shift) & RADIX_MASK]!++
        spare[at] = order[j]!
        sortedSpare[at] = sorted[j]!
      }
      ;[order, spare] = [spare, order]
      ;[sorted, sortedSpare] = [sortedSpare, sorted]
    }
    for (let from = 0; from < m; ) {
      let to = from + 1
      while (to < m && sorted[to] === sorted[from]) to++
      for (let p = from; p < to; p++) {
        for (let q = p + 1; q < to; q++) {
          const a = order[p]!
          const b = order[q]!
          if (!metEarlier(keys, n, band, a, b)) visit(a, b)
        }
      }
      from = to
    }
  }
}

// Keys are sorted 11 bits at a time: three passes over 32 bits, with counts that fit in the fastest cache.
const RADIX_BITS = 11
const RADIX = 1 << RADIX_BITS
const RADIX_MASK = RADIX - 1

// True when sets a and b already shared a bucket in a band before `band`.
function metEarlier(keys: Uint32Array, n: number, band: number, a: number, b: number): boolean {
  for (let earlier = 0; earlier < band; earlier++) if (keys[earlier * n + a] === keys[earlier * n + b]) return true
  return false
}
