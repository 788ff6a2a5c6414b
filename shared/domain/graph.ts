// Directed graphs of ids (credential stacking, module prerequisites): pure, so server and tests share it.

export type Edge = { fromId: number; toId: number }

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
