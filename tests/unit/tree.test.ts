import { describe, expect, it } from 'vitest'
import { buildTree, leafIds, wouldCreateCycle } from '../../shared/domain/tree'

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
