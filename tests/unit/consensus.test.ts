import { describe, expect, it } from 'vitest'
import { consensusLabel, consensusOf, CONSENSUS_THRESHOLDS, recordedConsensus, type Distribution } from '../../shared/domain/consensus'

const d = (essential: number, important: number, not_needed: number, dont_know = 0): Distribution => ({ essential, important, not_needed, dont_know })
// The result and respondents alone, with a minimum of one respondent (the thresholds' own behaviour).
const result = (counts: Distribution, thresholds = CONSENSUS_THRESHOLDS) => {
  const { result, respondents } = consensusOf(counts, 1, thresholds)
  return { result, respondents }
}

describe('consensus of employer ratings', () => {
  it('is essential when at least two thirds of respondents rate it essential or important', () => {
    expect(result(d(1, 1, 1))).toEqual({ result: 'essential', respondents: 3 })
    expect(result(d(1, 1, 1, 5))).toEqual({ result: 'essential', respondents: 3 })
    expect(result(d(1, 0, 1, 5))).toEqual({ result: 'no_consensus', respondents: 2 })
    expect(result(d(2, 0, 1))).toEqual({ result: 'essential', respondents: 3 })
    expect(result(d(0, 4, 2))).toEqual({ result: 'essential', respondents: 6 })
    expect(result(d(3, 3, 4))).toEqual({ result: 'no_consensus', respondents: 10 })
    expect(result(d(7, 0, 2))).toEqual({ result: 'essential', respondents: 9 })
  })

  it("is not needed when more than half rate it not needed; don't know is left out of the count", () => {
    expect(result(d(1, 0, 1))).toEqual({ result: 'no_consensus', respondents: 2 })
    expect(result(d(1, 0, 2, 9))).toEqual({ result: 'not_needed', respondents: 3 })
    expect(result(d(0, 0, 1))).toEqual({ result: 'not_needed', respondents: 1 })
  })

  it('takes other thresholds', () => {
    expect(CONSENSUS_THRESHOLDS).toEqual({ essential: 2 / 3, notNeeded: 1 / 2 })
    expect(result(d(3, 0, 1), { essential: 0.8, notNeeded: 0.5 })).toEqual({ result: 'no_consensus', respondents: 4 })
    expect(result(d(4, 0, 1), { essential: 0.8, notNeeded: 0.5 })).toEqual({ result: 'essential', respondents: 5 })
  })

  it('calls nothing below the minimum number of respondents (3 unless the campaign says otherwise)', () => {
    const one = consensusOf(d(0, 1, 0, 2))
    expect(one).toEqual({ result: 'too_few', respondents: 1, agreeing: 1, agreement: 1, minRespondents: 3 })
    expect(consensusLabel(one)).toBe('not enough responses (1 of 3)')
    expect(recordedConsensus(one)).toEqual({ result: 'no_consensus', respondents: 1, agreeing: 1 })
    expect(consensusOf(d(0, 0, 0, 4)).result).toBe('too_few')
    expect(consensusOf(d(2, 1, 0)).result).toBe('essential')
    expect(consensusOf(d(2, 1, 0), 4).result).toBe('too_few')
  })

  it('counts how many respondents agree with the leading side, and their share', () => {
    expect(consensusOf(d(2, 1, 1))).toMatchObject({ result: 'essential', respondents: 4, agreeing: 3, agreement: 0.75 })
    expect(consensusOf(d(1, 0, 3))).toMatchObject({ result: 'not_needed', agreeing: 3, agreement: 0.75 })
    expect(consensusOf(d(1, 1, 2))).toMatchObject({ result: 'no_consensus', agreeing: 2, agreement: 0.5 })
    expect(recordedConsensus(consensusOf(d(3, 0, 1)))).toEqual({ result: 'essential', respondents: 4, agreeing: 3 })
  })
})
