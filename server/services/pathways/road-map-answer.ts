// The road map as the API sends it: tagged by the version of everything it shows (db/queries/road-map-version.ts)
// and the reader's view, so a repeat gets 304 after reading its counters (a handful of rows) and the pathway row,
// and kept as JSON text by that tag, so a reader whose tag is current is sent the text without the twenty-odd
// queries behind it. Counters only grow, so a tag never comes back: a kept answer is never stale, only replaced.
import type { DialectAdapter } from 'kysely'
import type { RoadMapAnswer } from '../../../shared/schemas/answers/pathway'
import type { Db } from '../../db/connect'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { roadMapCounters } from '../../db/queries/road-map-version'
import { readAtOnce } from '../../db/read-at-once'
import { NotFound } from '../../errors'
import { entityTag, type JsonText } from '../../middleware/etag'
import type { Viewer } from '../access'
import { scopeOf } from '../analysis-cache/scope'
import { readerFor, roadMap, type RoadMapView } from './read'

type RoadMap = Awaited<ReturnType<typeof roadMap>>

// Answers kept per database (tests open many in one process), at most this many characters in all (a statewide
// road map is a few MB): the least recently used go first, and one pathway's view keeps only its newest version.
const KEPT_CHARACTERS = 32 * 1024 * 1024

class KeptAnswers {
  private readonly entries = new Map<string, { tag: string; text: JsonText<RoadMap> }>()
  private characters = 0

  // The text kept for this key if it is of this tag.
  at(key: string, tag: string): JsonText<RoadMap> | undefined {
    const entry = this.entries.get(key)
    if (entry?.tag !== tag) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.text
  }

  keep(key: string, tag: string, text: JsonText<RoadMap>) {
    this.forget(key)
    if (text.length > KEPT_CHARACTERS / 4) return
    this.entries.set(key, { tag, text })
    this.characters += text.length
    for (const [oldest] of this.entries) {
      if (this.characters <= KEPT_CHARACTERS) break
      this.forget(oldest)
    }
  }

  private forget(key: string) {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.characters -= entry.text.length
  }
}

// By dialect adapter: one per Kysely instance, shared by its transactions.
const keptByDatabase = new WeakMap<DialectAdapter, KeptAnswers>()

function keptFor(db: Db): KeptAnswers {
  const adapter = db.getExecutor().adapter
  let kept = keptByDatabase.get(adapter)
  if (!kept) keptByDatabase.set(adapter, (kept = new KeptAnswers()))
  return kept
}

// A pathway's road map in the view asked for (404 when no pathway has the slug): its tag, and its JSON text.
// The counters and the row are read in one read transaction (db/read-at-once.ts); not a road map built, whose
// queries (a statewide one's take seconds) must let other requests' queries in between.
export async function readRoadMap(db: Db, slug: string, viewer: Viewer, asked?: RoadMapView) {
  const [counters, pathway] = await readAtOnce(db, async (db) => [await roadMapCounters(db, slug), await findPathwayBySlug(db, slug)] as const)
  if (!pathway) throw new NotFound('Pathway', slug)
  const { view } = readerFor(viewer, asked)
  // Whose modules and which revisions the answer shows: the public's, or those of the reader's scope of visibility.
  const key = `${pathway.id}:${view === 'public' ? 'public' : scopeOf(viewer).key}`
  const tag = entityTag(key, ...counters.map((c) => `${c.source}:${c.scope}:${c.scopeId}:${c.version}`))
  const text = async () => {
    const kept = keptFor(db)
    const known = kept.at(key, tag)
    if (known !== undefined) return known
    const built = JSON.stringify((await roadMap(db, pathway, viewer, asked)) satisfies RoadMapAnswer) as JsonText<RoadMap>
    kept.keep(key, tag, built)
    return built
  }
  return { tag, text }
}
