// The ranking index of a set of frameworks, built once per data version of each and kept per database, so a
// request ranks against a ready index instead of reading and indexing 50,000 items again.
import { suggestionItems } from '../../../shared/domain/suggestions/items'
import { buildSuggestionIndex, type SuggestionIndex } from '../../../shared/domain/suggestions/rank'
import type { Db } from '../../db/connect'
import { frameworkVersions, itemsOfFrameworks } from '../../db/queries/suggestions'

// Indexes kept per database: a few sets of frameworks (a pathway's, a bridge's basic skills) are asked for over
// and over; the oldest set is let go past this many.
const KEPT = 8

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
  return buildSuggestionIndex(suggestionItems(await itemsOfFrameworks(db, frameworkIds)))
}
