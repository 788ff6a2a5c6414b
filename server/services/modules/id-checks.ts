// Checks on lists of ids that several use cases share: duplicates, ids naming no row, loops in a graph.
import { Invalid } from '../../errors'

type Edge = { fromId: number; toId: number }

// Refuses a list naming the same id twice.
export function refuseDuplicates(ids: readonly number[], what: string, field: string): void {
  const twice = ids.filter((id, i) => ids.indexOf(id) !== i)
  if (twice.length) throw new Invalid(`${what} ${[...new Set(twice)].join(', ')} is listed twice`, { field })
}

// Refuses wanted ids that are not among the rows found, naming them.
export function refuseMissing(what: string, wanted: readonly number[], found: readonly { id: number }[], field: string): void {
  const known = new Set(found.map((row) => row.id))
  const missing = [...new Set(wanted.filter((id) => !known.has(id)))]
  if (!missing.length) return
  const many = missing.length > 1
  throw new Invalid(`${what} id${many ? 's' : ''} ${missing.join(', ')} ${many ? 'do' : 'does'} not exist`, { field, missing })
}

// The loop that pointing `fromId` at `toIds` would close, as ids from fromId back to itself; undefined when none.
// The current edges out of fromId are ignored: they are the ones being replaced.
export function loopThrough(edges: readonly Edge[], fromId: number, toIds: readonly number[]): number[] | undefined {
  const next = new Map<number, number[]>()
  for (const edge of edges) {
    if (edge.fromId !== fromId) next.set(edge.fromId, [...(next.get(edge.fromId) ?? []), edge.toId])
  }
  for (const start of toIds) {
    const cameFrom = new Map<number, number | null>([[start, null]])
    const queue = [start]
    for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
      if (at === fromId) {
        const path: number[] = []
        for (let step: number | null | undefined = at; step != null; step = cameFrom.get(step)) path.unshift(step)
        return [fromId, ...path]
      }
      for (const to of next.get(at) ?? []) {
        if (!cameFrom.has(to)) {
          cameFrom.set(to, at)
          queue.push(to)
        }
      }
    }
  }
  return undefined
}
