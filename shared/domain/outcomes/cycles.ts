// A quick proof that no hidden cell can be worked out, for the common table, without disclosure.ts's
// elimination over every hidden cell. A hidden cell is safe when some change to the hidden cells moves it yet
// keeps every group's equation: a reader cannot tell the real table from the changed one.
// - A cell in at most two groups (a subgroup's term, summed into the term and into the subgroup's all-terms row)
//   is an edge between them, and a cycle of such edges, signed to cancel at each group, is such a change. Each
//   cycle is checked against the groups' own equations before it counts.
// - A cell in three groups or more (a term's all-learners row, the total of each dimension's subgroups) can move
//   when the edges can absorb its change: the edges' equations can be met for any right-hand side except along
//   one signed sum of groups per balanced component, so those sums are a small system over these cells alone.
// A cell left unproven only means the caller runs the full elimination.
import { fixedColumns, type AdditiveGroup, type CellKey } from './disclosure'

// Per hidden cell: its groups and its sign in each (+1 as the total, -1 as a part). A cell in one or two groups is
// an edge ends[2c]–ends[2c + 1] (a cell in one group ends at `nowhere`, the last node, which no equation
// constrains); a cell in more is listed in `wide`; a cell in none has ends -1 and is free.
type Graph = { groupsOf: number[][]; signsOf: number[][]; ends: Int32Array; edgesAt: number[][]; nowhere: number; edgeCount: number; wide: number[] }
// Breadth-first spanning forest: each node's edge to its parent (-1 at a root), depth and root, nodes in visiting
// order, and which cells are tree edges.
type Forest = { parentEdge: Int32Array; depth: Int32Array; root: Int32Array; order: Int32Array; inTree: Uint8Array }

// True when every hidden cell is shown to move, so none is disclosed; false when the proof does not go through (a
// cell may or may not be disclosed: the elimination decides).
export function cyclesHideEveryCell<K extends CellKey>(hidden: ReadonlySet<K>, groups: readonly AdditiveGroup<K>[]): boolean {
  const index = new Map<K, number>()
  for (const key of hidden) index.set(key, index.size)
  const graph = graphOf(index, groups)
  if (!graph) return false
  const forest = spanningForest(graph)
  return cyclesMoveEveryEdge(graph, forest, groups.length) && widesMove(graph, forest)
}

// undefined when a cell is twice in one group (its coefficients could cancel: left to the elimination).
function graphOf<K extends CellKey>(index: ReadonlyMap<K, number>, groups: readonly AdditiveGroup<K>[]): Graph | undefined {
  const groupsOf: number[][] = []
  const signsOf: number[][] = []
  for (let cell = 0; cell < index.size; cell++) {
    groupsOf.push([])
    signsOf.push([])
  }
  for (let g = 0; g < groups.length; g++) {
    const group = groups[g]!
    if (!attach(groupsOf, signsOf, index.get(group.total), g, 1)) return undefined
    for (const part of group.parts) if (!attach(groupsOf, signsOf, index.get(part), g, -1)) return undefined
  }
  const nowhere = groups.length
  const ends = new Int32Array(2 * index.size).fill(-1)
  const edgesAt: number[][] = []
  for (let node = 0; node <= nowhere; node++) edgesAt.push([])
  const wide: number[] = []
  let edgeCount = 0
  for (let cell = 0; cell < groupsOf.length; cell++) {
    const of = groupsOf[cell]!
    if (of.length > 2) wide.push(cell)
    if (of.length === 0 || of.length > 2) continue
    ends[2 * cell] = of[0]!
    ends[2 * cell + 1] = of[1] ?? nowhere
    edgesAt[of[0]!]!.push(cell)
    edgesAt[of[1] ?? nowhere]!.push(cell)
    edgeCount++
  }
  return { groupsOf, signsOf, ends, edgesAt, nowhere, edgeCount, wide }
}

function attach(groupsOf: number[][], signsOf: number[][], cell: number | undefined, group: number, sign: number): boolean {
  if (cell === undefined) return true
  if (groupsOf[cell]!.includes(group)) return false
  groupsOf[cell]!.push(group)
  signsOf[cell]!.push(sign)
  return true
}

const across = (graph: Graph, cell: number, node: number) => (graph.ends[2 * cell] === node ? graph.ends[2 * cell + 1]! : graph.ends[2 * cell]!)
// An edge's sign at one of its groups (0 at `nowhere`).
const signAt = (graph: Graph, cell: number, node: number) => graph.signsOf[cell]![graph.groupsOf[cell]!.indexOf(node)] ?? 0

function spanningForest(graph: Graph): Forest {
  const nodes = graph.edgesAt.length
  const parentEdge = new Int32Array(nodes).fill(-1)
  const depth = new Int32Array(nodes).fill(-1)
  const root = new Int32Array(nodes)
  const order = new Int32Array(nodes)
  const inTree = new Uint8Array(graph.groupsOf.length)
  let tail = 0
  for (let start = 0; start < nodes; start++) {
    if (depth[start] !== -1) continue
    depth[start] = 0
    root[start] = start
    let head = tail
    order[tail++] = start
    while (head < tail) {
      const node = order[head++]!
      for (const cell of graph.edgesAt[node]!) {
        const next = across(graph, cell, node)
        if (depth[next] !== -1) continue
        depth[next] = depth[node]! + 1
        root[next] = start
        parentEdge[next] = cell
        inTree[cell] = 1
        order[tail++] = next
      }
    }
  }
  return { parentEdge, depth, root, order, inTree }
}

// Every edge lies on a cycle that keeps every group's equation.
function cyclesMoveEveryEdge(graph: Graph, forest: Forest, groupCount: number): boolean {
  const moved = new Uint8Array(graph.groupsOf.length)
  const sums = new Int32Array(groupCount)
  let left = graph.edgeCount
  for (let cell = 0; cell < moved.length && left > 0; cell++) {
    if (graph.ends[2 * cell] === -1 || forest.inTree[cell]) continue
    const change = cycleThrough(cell, graph, forest)
    let news = 0
    for (const moving of change.keys()) if (!moved[moving]) news++
    if (news === 0 || !keepsEveryGroup(change, graph, sums)) continue
    for (const moving of change.keys()) moved[moving] = 1
    left -= news
  }
  return left === 0
}

// The cycle a non-tree edge closes through the forest, as each of its cells with a change of +1 or -1: the edge
// itself, then the tree path back from its second end to its first, each change cancelling the one before at the
// group between them (at `nowhere` any change will do).
function cycleThrough(cell: number, graph: Graph, { parentEdge, depth }: Forest): Map<number, number> {
  let [a, b] = [graph.ends[2 * cell]!, graph.ends[2 * cell + 1]!]
  const upFromA: number[] = []
  const upFromB: number[] = []
  while (a !== b) {
    if (depth[a]! >= depth[b]!) {
      upFromA.push(parentEdge[a]!)
      a = across(graph, parentEdge[a]!, a)
    } else {
      upFromB.push(parentEdge[b]!)
      b = across(graph, parentEdge[b]!, b)
    }
  }
  const change = new Map<number, number>([[cell, 1]])
  let [previous, at] = [cell, graph.ends[2 * cell + 1]!]
  for (const next of [...upFromB, ...upFromA.reverse()]) {
    change.set(next, at === graph.nowhere ? 1 : -change.get(previous)! * signAt(graph, previous, at) * signAt(graph, next, at))
    at = across(graph, next, at)
    previous = next
  }
  return change
}

// The check that makes a cycle count: every group equation its cells are in (every coefficient the groups gave
// them) still adds up. `sums` is all zeros before and after.
function keepsEveryGroup(change: ReadonlyMap<number, number>, graph: Graph, sums: Int32Array): boolean {
  for (const [cell, by] of change) {
    const [of, signs] = [graph.groupsOf[cell]!, graph.signsOf[cell]!]
    for (let i = 0; i < of.length; i++) sums[of[i]!]! += signs[i]! * by
  }
  let kept = true
  for (const cell of change.keys()) {
    for (const group of graph.groupsOf[cell]!) {
      if (sums[group] !== 0) kept = false
      sums[group] = 0
    }
  }
  return kept
}

// The wide cells can each move. The edges' equations (one per group) can be met for a right-hand side b exactly
// when b is orthogonal to their left null space, which has one vector per component of the edge graph that does
// not reach `nowhere` and is balanced (each group's switching sign σ with σu·su + σv·sv = 0 along every edge).
// A change z of the wide cells, whose own terms the edges must absorb, is possible exactly when each such vector
// sums the wide cells' terms to zero: z is in the null space of those sums, and a wide cell can move unless
// those sums fix it.
function widesMove(graph: Graph, forest: Forest): boolean {
  if (graph.wide.length === 0) return true
  const nodes = graph.edgesAt.length
  const sigma = new Int8Array(nodes)
  for (const node of forest.order) {
    const edge = forest.parentEdge[node]!
    sigma[node] = edge === -1 ? 1 : -sigma[across(graph, edge, node)]! * signAt(graph, edge, across(graph, edge, node)) * signAt(graph, edge, node)
  }
  // Components whose groups' equations the edges can always meet: unbalanced ones and those reaching `nowhere`.
  const unconstrained = new Uint8Array(nodes)
  unconstrained[forest.root[graph.nowhere]!] = 1
  for (let cell = 0; cell < graph.groupsOf.length; cell++) {
    const [u, v] = [graph.ends[2 * cell]!, graph.ends[2 * cell + 1]!]
    if (u === -1 || v === graph.nowhere) continue
    if (sigma[u]! * signAt(graph, cell, u) + sigma[v]! * signAt(graph, cell, v) !== 0) unconstrained[forest.root[u]!] = 1
  }
  const sums = new Map<number, Float64Array>()
  graph.wide.forEach((cell, column) => {
    graph.groupsOf[cell]!.forEach((group, i) => {
      const root = forest.root[group]!
      if (unconstrained[root]) return
      let row = sums.get(root)
      if (!row) sums.set(root, (row = new Float64Array(graph.wide.length)))
      row[column]! += sigma[group]! * graph.signsOf[cell]![i]!
    })
  })
  return fixedColumns([...sums.values()], graph.wide.length).length === 0
}
