import { describe, expect, it } from 'vitest'
import { consensusOf, CONSENSUS_THRESHOLDS, type Distribution } from '../../shared/domain/consensus'

const d = (essential: number, important: number, not_needed: number, dont_know = 0): Distribution => ({ essential, important, not_needed, dont_know })

describe('consensus of employer ratings', () => {
  it('is essential when at least two thirds of respondents rate it essential or important', () => {
    expect(consensusOf(d(1, 1, 1))).toEqual({ result: 'essential', respondents: 3 })
    expect(consensusOf(d(1, 1, 1, 5))).toEqual({ result: 'essential', respondents: 3 })
    expect(consensusOf(d(1, 0, 1, 5))).toEqual({ result: 'no_consensus', respondents: 2 })
    expect(consensusOf(d(2, 0, 1))).toEqual({ result: 'essential', respondents: 3 })
    expect(consensusOf(d(0, 4, 2))).toEqual({ result: 'essential', respondents: 6 })
    expect(consensusOf(d(3, 3, 4))).toEqual({ result: 'no_consensus', respondents: 10 })
    expect(consensusOf(d(7, 0, 2))).toEqual({ result: 'essential', respondents: 9 })
  })

  it("is not needed when more than half rate it not needed; don't know is left out of the count", () => {
    expect(consensusOf(d(1, 0, 1))).toEqual({ result: 'no_consensus', respondents: 2 })
    expect(consensusOf(d(1, 0, 2, 9))).toEqual({ result: 'not_needed', respondents: 3 })
    expect(consensusOf(d(0, 0, 1))).toEqual({ result: 'not_needed', respondents: 1 })
  })

  it('has no consensus without respondents, and takes other thresholds', () => {
    expect(consensusOf(d(0, 0, 0, 4))).toEqual({ result: 'no_consensus', respondents: 0 })
    expect(CONSENSUS_THRESHOLDS).toEqual({ essential: 2 / 3, notNeeded: 1 / 2 })
    expect(consensusOf(d(3, 0, 1), { essential: 0.8, notNeeded: 0.5 })).toEqual({ result: 'no_consensus', respondents: 4 })
    expect(consensusOf(d(4, 0, 1), { essential: 0.8, notNeeded: 0.5 })).toEqual({ result: 'essential', respondents: 5 })
  })
})
