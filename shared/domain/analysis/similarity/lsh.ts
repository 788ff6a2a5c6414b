// Locality-sensitive hashing by banding: sets whose signatures agree on every row of at least one band
// become candidate pairs. With b bands of r rows, a pair of similarity s is a candidate with probability
// 1 - (1 - s^r)^b, an S-curve whose steep part sits near (1/b)^(1/r).
import type { BandLayout } from './minhash'

// The recall the banding must reach for pairs exactly at the threshold; above it, recall only rises.
const RECALL_AT_THRESHOLD = 0.99

// The strictest banding (most rows per band, so fewest false candidates to verify) that still makes a pair
// at `threshold` a candidate with probability >= 0.99. For 128 hashes and 0.7 this is 32 bands × 4 rows:
// the S-curve sits at (1/32)^(1/4) ≈ 0.42, well below 0.7, and P(candidate | s = 0.7) ≈ 0.9998.
export function lshBanding(numHashes: number, threshold: number): { bands: number; rows: number } {
  for (let rows = numHashes; rows > 1; rows--) {
    const bands = Math.floor(numHashes / rows)
    if (1 - (1 - threshold ** rows) ** bands >= RECALL_AT_THRESHOLD) return { bands, rows }
  }
  return { bands: numHashes, rows: 1 }
}

// Calls visit(a, b) with a < b for every pair sharing a bucket in some band; a pair sharing several bands
// is visited once per band (callers dedupe). `live` marks the sets that have a signature. Buckets live in an
// open-addressing table of typed arrays, reused band after band: no Map and no sort per band.
export function forEachCandidate(
  keys: Uint32Array,
  live: Uint8Array,
  layout: Pick<BandLayout, 'bands'>,
  visit: (a: number, b: number) => void,
): void {
  const n = live.length
  let capacity = 16
  while (capacity < 2 * n) capacity *= 2
  const mask = capacity - 1
  const slotKeys = new Uint32Array(capacity)
  const heads = new Int32Array(capacity)
  const next = new Int32Array(n)
  const used: number[] = []
  for (let band = 0; band < layout.bands; band++) {
    heads.fill(-1)
    used.length = 0
    for (let i = 0; i < n; i++) {
      if (!live[i]) continue
      const key = keys[band * n + i]!
      // Keys are already avalanched, so their low bits index the table directly; probe linearly.
      let slot = key & mask
      while (heads[slot] !== -1 && slotKeys[slot] !== key) slot = (slot + 1) & mask
      if (heads[slot] === -1) {
        slotKeys[slot] = key
        used.push(slot)
      }
      next[i] = heads[slot]!
      heads[slot] = i
    }
    // Chains run from the newest (highest) index down, so the later member of a pair comes first.
    for (const slot of used) {
      for (let b = heads[slot]!; b !== -1; b = next[b]!) {
        for (let a = next[b]!; a !== -1; a = next[a]!) visit(a, b)
      }
    }
  }
}
