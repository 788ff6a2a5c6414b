// A framework's rows as the ranking indexes them: items in use (not grouping areas, not retired), each with its
// ancestors' statements as context. Shared by the server's index cache and the quality bench.
import type { SuggestionItem } from './rank'

export type ItemRow = { id: number; parentId: number | null; code: string | null; statement: string; kind: string; retiredAt: string | null }

// Ancestors read for context at most this deep (the hierarchy's own limit is smaller).
const MAX_DEPTH = 12

export function suggestionItems(rows: readonly ItemRow[]): SuggestionItem[] {
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
  return items
}
