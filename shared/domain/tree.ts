// Hierarchies from flat rows: pure functions used by the server's tree endpoint and the web's browser.

export type TreeNode<T> = T & { children: TreeNode<T>[] }

type Linked = { id: number; parentId: number | null; position: number }

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
  const sort = (list: TreeNode<T>[]) => {
    list.sort(bySiblingOrder)
    for (const node of list) sort(node.children)
  }
  sort(roots)
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

// The ids of the leaves of a forest: the assessable items (areas are covered through their children).
export function leafIds<T>(roots: readonly TreeNode<T & { id: number }>[]): number[] {
  const out: number[] = []
  const walk = (node: TreeNode<T & { id: number }>) => {
    if (node.children.length === 0) out.push(node.id)
    else node.children.forEach(walk)
  }
  roots.forEach(walk)
  return out
}
