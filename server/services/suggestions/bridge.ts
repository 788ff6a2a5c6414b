// Basic-skills items suggested for a bridge or integrated module from the occupational competencies it
// contextualises: those it aligns to and those its target modules align to ("measure", "decimal", "read a
// blueprint" → the math and reading standards). Each item says which occupational competencies led to it.
import type { Suggestion } from '../../../shared/domain/suggestions/rank'
import type { SuggestionQuery } from '../../../shared/schemas/suggestions'
import type { Db } from '../../db/connect'
import { targetsOfBridge } from '../../db/queries/bridge-targets'
import { alignedTo, dismissedFor, occupationalItemsAlignedBy } from '../../db/queries/suggestions'
import { Invalid } from '../../errors'
import type { Viewer } from '../access'
import { bridgeFrameworks } from './frameworks'
import { describeSuggestions, rankText } from './rank'
import { requireVisibleModule } from './suggest'

// Each occupational competency proposes this many items; the best of all of them are kept.
const PER_SOURCE = 10

type Source = { id: number; code: string }

export async function bridgeSuggestions(db: Db, viewer: Viewer, moduleId: number, query: SuggestionQuery) {
  const bridge = await requireVisibleModule(db, viewer, moduleId)
  if (bridge.kind === 'occupational') {
    throw new Invalid(`Module ${bridge.code} is occupational; basic-skills suggestions are for bridge and integrated modules`, { field: 'id' })
  }
  const targets = await targetsOfBridge(db, bridge.id, viewer)
  const frameworks = await bridgeFrameworks(db, bridge, targets.map((t) => t.id), query.frameworkId)
  const sources = await occupationalItemsAlignedBy(db, [bridge.id, ...targets.map((t) => t.id)])
  const exclude = new Set([...(await alignedTo(db, bridge.id, null)), ...(await dismissedFor(db, bridge.id, null))])
  const found = new Map<number, Suggestion & { from: Source[] }>()
  for (const source of sources) {
    for (const one of await rankText(db, frameworks, source.statement, exclude, PER_SOURCE)) {
      const seen = found.get(one.competencyId)
      if (!seen) {
        found.set(one.competencyId, { ...one, from: [{ id: source.id, code: source.code }] })
        continue
      }
      seen.from.push({ id: source.id, code: source.code })
      seen.matched = [...new Set([...seen.matched, ...one.matched])]
      seen.score = Math.max(seen.score, one.score)
    }
  }
  // The closest match first; among equals, the item more of the occupational competencies call for.
  const ranked = [...found.values()]
    .sort((a, b) => b.score - a.score || b.from.length - a.from.length || a.competencyId - b.competencyId)
    .slice(0, query.limit)
  return {
    moduleId: bridge.id,
    frameworks,
    sources: sources.map(({ id, code }) => ({ id, code })),
    items: await describeSuggestions(db, ranked),
  }
}
