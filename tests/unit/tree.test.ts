import { describe, expect, it } from 'vitest'
import { buildTree, deepestLevelIfPlaced, leafIds, levelOf, MAX_HIERARCHY_DEPTH, wouldCreateCycle } from '../../shared/domain/tree'

const rows = [
  { id: 3, parentId: 1, position: 1, code: 'A-2' },
  { id: 1, parentId: null, position: 0, code: 'A' },
  { id: 2, parentId: 1, position: 0, code: 'A-1' },
  { id: 4, parentId: 2, position: 0, code: 'A-1-a' },
  { id: 5, parentId: 99, position: 0, code: 'orphan' },
]

describe('buildTree', () => {
  it('nests children under parents in sibling order and keeps orphans as roots', () => {
    const tree = buildTree(rows)
    expect(tree.map((n) => n.code)).toEqual(['A', 'orphan'])
    expect(tree[0]!.children.map((n) => n.code)).toEqual(['A-1', 'A-2'])
    expect(tree[0]!.children[0]!.children.map((n) => n.code)).toEqual(['A-1-a'])
  })

  it('lists the leaves only, since areas are covered through their children', () => {
    expect(leafIds(buildTree(rows))).toEqual([4, 3, 5])
  })
})

describe('wouldCreateCycle', () => {
  it('refuses moving a node beneath its own descendant, allows a sibling', () => {
    expect(wouldCreateCycle(rows, 1, 4)).toBe(true)
    expect(wouldCreateCycle(rows, 2, 2)).toBe(true)
    expect(wouldCreateCycle(rows, 2, 3)).toBe(false)
  })
})

describe('deep hierarchies', () => {
  // A chain of `length` rows, each the parent of the next.
  const chain = (length: number) => Array.from({ length }, (_, i) => ({ id: i + 1, parentId: i ? i : null, position: 0 }))

  it('builds a tree and finds its leaves without recursion, however deep', () => {
    const tree = buildTree(chain(100_000))
    expect(leafIds(tree)).toEqual([100_000])
  })

  it('measures levels, stopping past the limit (so a loop ends)', () => {
    const rows = chain(10)
    const parentOf = new Map(rows.map((r) => [r.id, r.parentId]))
    expect(levelOf(parentOf, 1)).toBe(1)
    expect(levelOf(parentOf, 10)).toBe(10)
    const loop = new Map([[1, 2], [2, 1]])
    expect(levelOf(loop, 1)).toBe(MAX_HIERARCHY_DEPTH + 1)
  })

  it('counts the subtree that moves with a row', () => {
    // Rows 1..4 form a chain; row 5 is a root with a child 6.
    const rows = [...chain(4), { id: 5, parentId: null, position: 1 }, { id: 6, parentId: 5, position: 0 }]
    expect(deepestLevelIfPlaced(rows, 5, 4)).toBe(6)
    expect(deepestLevelIfPlaced(rows, 6, 1)).toBe(2)
  })
})
