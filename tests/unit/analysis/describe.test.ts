import { describe, expect, it } from 'vitest'
import { listOf } from '../../../shared/domain/analysis/describe'

describe('listOf', () => {
  it('lists one, two, a few, or the first four and how many more', () => {
    const names = ['A', 'B', 'C', 'D', 'E', 'F']
    expect([0, 1, 2, 3, 4, 5, 6].map((n) => listOf(names.slice(0, n)))).toEqual([
      '',
      'A',
      'A and B',
      'A, B and C',
      'A, B, C and D',
      'A, B, C, D and 1 more',
      'A, B, C, D and 2 more',
    ])
  })
})
