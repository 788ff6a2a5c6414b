// Ranks a text against the chosen frameworks' items and answers with what a person needs to decide on each.
import { suggest, type Suggestion } from '../../../shared/domain/suggestions/rank'
import type { SuggestedCompetency, SuggestedFramework } from '../../../shared/schemas/suggestions'
import type { Db } from '../../db/connect'
import { competenciesWithFrameworks } from '../../db/queries/alignments'
import { frameworkIndex } from './index-cache'

// The best `limit` items of the frameworks for `text`, leaving out `exclude` (aligned or dismissed already).
export async function rankText(db: Db, frameworks: readonly SuggestedFramework[], text: string, exclude: ReadonlySet<number>, limit: number): Promise<Suggestion[]> {
  if (!frameworks.length) return []
  const index = await frameworkIndex(db, frameworks.map((f) => f.id))
  return suggest(index, text, { limit, exclude })
}

// Ranked suggestions with each item's code, statement and framework, in the same order.
export async function describeSuggestions<T extends Suggestion>(db: Db, ranked: readonly T[]): Promise<(SuggestedCompetency & Omit<T, keyof Suggestion>)[]> {
  const items = new Map((await competenciesWithFrameworks(db, ranked.map((s) => s.competencyId))).map((row) => [row.id, row]))
  return ranked.flatMap((suggestion) => {
    const item = items.get(suggestion.competencyId)
    if (!item) return []
    const { id: _id, ...shown } = item
    return [{ ...suggestion, ...shown }]
  })
}
