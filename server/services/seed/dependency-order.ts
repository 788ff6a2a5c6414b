// Orders rows that point at one another (credentials stacking, module prerequisites) so each comes after
// the rows it points at and can be created with their ids.

// Returns the items with every dependency before its dependants; throws on an unknown name or a loop.
export function dependencyOrder<T>(items: readonly T[], name: (item: T) => string, dependsOn: (item: T) => readonly string[]): T[] {
  const byName = new Map(items.map((item) => [name(item), item]))
  const placed = new Set<string>()
  const visiting = new Set<string>()
  const ordered: T[] = []
  const visit = (item: T, path: string[]) => {
    const key = name(item)
    if (placed.has(key)) return
    if (visiting.has(key)) throw new Error(`The demo has a loop: ${[...path, key].join(' → ')}`)
    visiting.add(key)
    for (const dependency of dependsOn(item)) {
      const target = byName.get(dependency)
      if (!target) throw new Error(`${key} points at ${dependency}, which the demo does not define`)
      visit(target, [...path, key])
    }
    visiting.delete(key)
    placed.add(key)
    ordered.push(item)
  }
  for (const item of items) visit(item, [])
  return ordered
}
