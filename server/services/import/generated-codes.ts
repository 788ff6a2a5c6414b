// Codes for items a file gives none (CASE makes humanCodingScheme optional): "ITEM-" and the first 8 hex digits of
// the identifier, more digits where 8 would repeat a code of the file or another made-up code (identifiers may
// share their first characters), so made-up codes never collide. Each is marked as made up.
import type { ParsedItem } from './model'

const PREFIX = 'ITEM-'

// Gives every item without a code one; returns how many and the first, or null when none lacked a code.
export function generateCodes(items: ParsedItem[]): { count: number; first: ParsedItem } | null {
  const missing = items.filter((item) => !item.code)
  if (!missing.length) return null
  const given = new Set(items.filter((item) => item.code).map((item) => item.code))
  const digits = (item: ParsedItem) => item.key.replace(/-/g, '').toLowerCase()
  for (let length = 8; missing.some((item) => !item.code); length += 4) {
    const counts = new Map<string, number>()
    const candidate = (item: ParsedItem) => PREFIX + digits(item).slice(0, length)
    for (const item of missing) if (!item.code) counts.set(candidate(item), (counts.get(candidate(item)) ?? 0) + 1)
    for (const item of missing) {
      const code = candidate(item)
      // The whole identifier is unique in the file, so the last round always settles what is left.
      if (!item.code && ((counts.get(code) === 1 && !given.has(code)) || length >= 32)) {
        item.code = code
        item.codeGenerated = true
        given.add(code)
      }
    }
  }
  return { count: missing.length, first: missing[0]! }
}
