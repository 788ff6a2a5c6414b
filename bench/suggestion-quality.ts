// Leave-one-out quality of suggested alignments on a fixture pathway: for every outcome that has alignments, hide
// them, ask the ranker for five suggestions from the pathway's frameworks, and score them against the hidden
// alignments (recall@5 and precision@5, averaged over outcomes).
import { suggestionItems, type ItemRow } from '../shared/domain/suggestions/items'
import { buildSuggestionIndex, suggest } from '../shared/domain/suggestions/rank'
import type { DemoCompetency, DemoFramework, DemoModule } from '../fixtures/demo/types'

// One line of the quality table; other measures (crosswalks) print their own lines in the same table.
export type QualityRow = { label: string; cases: number; recall: number; precision: number; ceiling: number }

const K = 5

// The fixture's items as database rows would hold them, numbered in order, with a code → id map.
export function fixtureRows(frameworks: readonly DemoFramework[]): { rows: ItemRow[]; idOf: Map<string, number> } {
  const rows: ItemRow[] = []
  const idOf = new Map<string, number>()
  const walk = (item: DemoCompetency, parentId: number | null) => {
    const id = rows.length + 1
    rows.push({ id, parentId, code: item.code, statement: item.statement, kind: item.kind, retiredAt: null })
    idOf.set(item.code, id)
    for (const child of item.children ?? []) walk(child, id)
  }
  for (const framework of frameworks) for (const item of framework.competencies) walk(item, null)
  return { rows, idOf }
}

// recall@5 and precision@5 of outcome suggestions on one pathway; `ceiling` is the best precision@5 possible
// (an outcome with two alignments can reach 2/5 at most).
export function outcomeQuality(label: string, frameworks: readonly DemoFramework[], modules: readonly DemoModule[]): QualityRow {
  const { rows, idOf } = fixtureRows(frameworks)
  const index = buildSuggestionIndex(suggestionItems(rows))
  let cases = 0
  let recall = 0
  let precision = 0
  let ceiling = 0
  for (const module of modules) {
    for (const outcome of module.outcomes) {
      const hidden = new Set(outcome.alignments.flatMap((a) => (idOf.has(a.competency) ? [idOf.get(a.competency)!] : [])))
      if (!hidden.size) continue
      const found = suggest(index, outcome.text, { limit: K }).filter((s) => hidden.has(s.competencyId)).length
      cases++
      recall += found / hidden.size
      precision += found / K
      ceiling += Math.min(hidden.size, K) / K
    }
  }
  return { label, cases, recall: recall / cases, precision: precision / cases, ceiling: ceiling / cases }
}
