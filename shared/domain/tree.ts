// Hierarchies from flat rows: pure functions used by the server's tree endpoint and the web's browser.

export type TreeNode<T> = T & { children: TreeNode<T>[] }

type Linked = { id: number; parentId: number | null; position: number }

// Hierarchies deeper than this are refused, by imports and edits alike: real frameworks have fewer than ten
// levels, and a tree is answered and shown one nesting per level, which a chain thousands deep would overflow.
export const MAX_HIERARCHY_DEPTH = 32

// Nests rows under their parents, siblings by position then id. Rows whose parent is missing become roots.
export function buildTree<T extends Linked>(rows: readonly T[]): TreeNode<T>[] {
  const nodes = new Map<number, TreeNode<T>>()
  for (const row of rows) nodes.set(row.id, { ...row, children: [] })
  const roots: TreeNode<T>[] = []
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId)
    ;(parent ? parent.children : roots).push(node)
  }
  const bySiblingOrder = (a: Linked, b: Linked) => a.position - b.position || a.id - b.id
  // Every list of siblings is sorted without recursion: an imported hierarchy may be thousands of levels deep.
  roots.sort(bySiblingOrder)
  for (const node of nodes.values()) node.children.sort(bySiblingOrder)
  return roots
}

// True when making `candidateParentId` the parent of `id` would put `id` beneath itself.
export function wouldCreateCycle(rows: readonly Linked[], id: number, candidateParentId: number): boolean {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
  for (let at: number | null | undefined = candidateParentId; at != null; at = parentOf.get(at)) {
    if (at === id) return true
  }
  return false
}

// The level of row `id` (a root is level 1) by its parents; counting stops past the limit, so a loop ends.
export function levelOf(parentOf: ReadonlyMap<number, number | null>, id: number): number {
  let level = 1
  for (let at = parentOf.get(id); at != null && level <= MAX_HIERARCHY_DEPTH; at = parentOf.get(at)) level++
  return level
}

// The level of the deepest row of `id`'s subtree (itself included) once `id` is placed under `parentId`.
export function deepestLevelIfPlaced(rows: readonly Linked[], id: number, parentId: number): number {
  const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
  const children = new Map<number, number[]>()
  for (const row of rows) {
    if (row.parentId === null) continue
    const list = children.get(row.parentId)
    if (list) list.push(row.id)
    else children.set(row.parentId, [row.id])
  }
  let height = 0
  const seen = new Set([id])
  for (let level = [id]; level.length; height++) {
    const next: number[] = []
    for (const child of level.flatMap((at) => children.get(at) ?? [])) {
      if (seen.has(child)) continue
      seen.add(child)
      next.push(child)
    }
    level = next
  }
  return levelOf(parentOf, parentId) + height
}

// The ids of the leaves of a forest: the assessable items (areas are covered through their children).
// Depth-first in sibling order, with an explicit stack so that no depth can overflow the call stack.
export function leafIds<T>(roots: readonly TreeNode<T & { id: number }>[]): number[] {
  const out: number[] = []
  const stack = [...roots].reverse()
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.children.length === 0) out.push(node.id)
    else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!)
  }
  return out
}
