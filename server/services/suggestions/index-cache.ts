// The ranking index of a set of frameworks, built once per data version of each and kept per database, so a
// request ranks against a ready index instead of reading and indexing 50,000 items again.
import { buildSuggestionIndex, type SuggestionIndex, type SuggestionItem } from '../../../shared/domain/suggestions/rank'
import type { Db } from '../../db/connect'
import { frameworkVersions, itemsOfFrameworks } from '../../db/queries/suggestions'

// Indexes kept per database: a few sets of frameworks (a pathway's, a bridge's basic skills) are asked for over
// and over; the oldest set is let go past this many.
const KEPT = 8
// Ancestors read for context at most this deep (the hierarchy's own limit is smaller).
const MAX_DEPTH = 12

const caches = new WeakMap<Db, Map<string, Promise<SuggestionIndex>>>()

// The index of these frameworks' items in use (retired items and grouping areas left out), as of now.
export async function frameworkIndex(db: Db, frameworkIds: readonly number[]): Promise<SuggestionIndex> {
  const ids = [...new Set(frameworkIds)].sort((a, b) => a - b)
  const versions = await frameworkVersions(db, ids)
  const key = ids.map((id) => `${id}@${versions.get(id)}`).join(',')
  let cache = caches.get(db)
  if (!cache) caches.set(db, (cache = new Map()))
  const kept = cache.get(key)
  if (kept) {
    // Re-inserted, so the least recently used set is the first to go.
    cache.delete(key)
    cache.set(key, kept)
    return kept
  }
  const built = build(db, ids)
  cache.set(key, built)
  built.catch(() => cache.delete(key))
  for (const old of cache.keys()) {
    if (cache.size <= KEPT) break
    cache.delete(old)
  }
  return built
}

async function build(db: Db, frameworkIds: readonly number[]): Promise<SuggestionIndex> {
  const rows = await itemsOfFrameworks(db, frameworkIds)
  const byId = new Map(rows.map((row) => [row.id, row]))
  const items: SuggestionItem[] = []
  for (const row of rows) {
    if (row.kind === 'area' || row.retiredAt !== null) continue
    const context: string[] = []
    for (let parent = byId.get(row.parentId ?? 0), depth = 0; parent && depth < MAX_DEPTH; parent = byId.get(parent.parentId ?? 0), depth++) {
      context.push(parent.statement)
    }
    items.push({ id: row.id, code: row.code, text: row.statement, context })
  }
  return buildSuggestionIndex(items)
}
