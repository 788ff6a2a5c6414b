// Structural checks shared by every format, before the database is consulted: lengths, duplicate codes and
// identifiers, and cycles in the hierarchy (parents outside the file are checked by the plan).
import type { ParsedFramework, Problems } from './model'

const LENGTHS = { code: 60, statement: 1000, level: 20 } as const

// Records an error for each structural problem of the parsed framework.
export function validateStructure(parsed: ParsedFramework, problems: Problems): void {
  if (parsed.framework.title.length > 200) problems.error('The framework title is longer than 200 characters')
  const codes = new Map<string, { where: string; identified: boolean }>()
  const keys = new Set<string>()
  for (const item of parsed.items) {
    for (const field of ['code', 'statement', 'level'] as const) {
      const value = item[field]
      if (value && value.length > LENGTHS[field]) problems.error(`The ${field} is longer than ${LENGTHS[field]} characters`, item.where)
    }
    const seen = codes.get(item.code)
    // Items with identifiers are told apart by them (CASE's identity), so a repeated code is only worth a warning;
    // rows of a sheet without identifiers are told apart by their codes, which must then be unique.
    if (item.code && seen && seen.identified && item.uuid) {
      problems.warning(`Code ${item.code} is used twice (${seen.where} and ${describe(item.where)}); both are kept, told apart by their identifiers`, item.where)
    } else if (item.code && seen) problems.error(`Code ${item.code} is used twice (first ${seen.where})`, item.where)
    else if (item.code) codes.set(item.code, { where: describe(item.where), identified: !!item.uuid })
    if (keys.has(item.key) && item.uuid) problems.error(`Identifier ${item.uuid} is used twice`, item.where)
    keys.add(item.key)
  }
  reportLoops(parsed, problems)
}

// Each loop of parents once. Every item is walked up at most once (a chain stops at an item already walked), so
// a hierarchy of any depth costs time in proportion to its size.
function reportLoops(parsed: ParsedFramework, problems: Problems): void {
  const byKey = new Map(parsed.items.map((i) => [i.key, i]))
  const walked = new Set<string>()
  for (const item of parsed.items) {
    const chain: string[] = []
    const onChain = new Set<string>()
    for (let at: string | null = item.key; at !== null && !walked.has(at); at = byKey.get(at)?.parentKey ?? null) {
      if (onChain.has(at)) {
        problems.error(`The hierarchy loops: ${[...chain.slice(chain.indexOf(at)), at].map((k) => byKey.get(k)?.code ?? k).join(' → ')}`, item.where)
        break
      }
      onChain.add(at)
      chain.push(at)
    }
    for (const key of chain) walked.add(key)
  }
}

// "row 7" or "CFItems[3]" for a message pointing back at an earlier place.
export const describe = (where: { row?: number; path?: string; sheet?: string }): string =>
  where.path ?? (where.row !== undefined ? `row ${where.row}` : 'earlier')
