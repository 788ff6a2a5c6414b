import { describe, expect, it } from 'vitest'
import { loopThrough } from '../../shared/domain/graph'

describe('loopThrough', () => {
  const edges = [
    { fromId: 1, toId: 2 },
    { fromId: 2, toId: 3 },
    { fromId: 4, toId: 5 },
  ]

  it('finds the loop that a new edge would close, from the start back to itself', () => {
    expect(loopThrough(edges, 3, [1])).toEqual([3, 1, 2, 3])
  })

  it('finds none when the new edges keep the graph acyclic', () => {
    expect(loopThrough(edges, 3, [4])).toBeUndefined()
    expect(loopThrough(edges, 1, [5])).toBeUndefined()
  })

  it('ignores the edges being replaced', () => {
    expect(loopThrough([...edges, { fromId: 3, toId: 1 }], 3, [4])).toBeUndefined()
  })
})
