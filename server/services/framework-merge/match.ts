// Which items of a framework merged into another are the same item: the same code (letter case and spaces aside)
// and the same statement (likewise). Each item of the target takes at most one item of the source.
type Item = { id: number; code: string; statement: string }

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase()

export function matchItems(target: readonly Item[], source: readonly Item[]) {
  const free = new Map<string, number[]>()
  const targetCodes = new Set<string>()
  for (const t of target) {
    const key = `${norm(t.code)}\n${norm(t.statement)}`
    free.set(key, [...(free.get(key) ?? []), t.id])
    targetCodes.add(norm(t.code))
  }
  const into = new Map<number, number>()
  const sameCodeDifferentStatement: string[] = []
  for (const s of source) {
    const match = free.get(`${norm(s.code)}\n${norm(s.statement)}`)?.shift()
    if (match !== undefined) into.set(s.id, match)
    else if (targetCodes.has(norm(s.code))) sameCodeDifferentStatement.push(s.code)
  }
  return { into, sameCodeDifferentStatement }
}
