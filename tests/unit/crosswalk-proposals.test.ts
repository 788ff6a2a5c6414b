// Which ranked pairs a crosswalk proposes and as what: equivalent only for a high score between mutual best
// matches, related for a fair score, nothing below; decided pairs never proposed; best score first. Coverage
// counts only equivalent and related counterparts.
import { describe, expect, it } from 'vitest'
import { assessableItems, crosswalkCoverage } from '../../shared/domain/crosswalk/coverage'
import { CROSSWALK_SCORES, proposeCrosswalk, relationFor, type Ranked, type Ranker } from '../../shared/domain/crosswalk/proposals'

const item = (id: number, statement = `Item ${id}`) => ({ id, code: `C-${id}`, statement })

// A ranker answering fixed rankings by query text.
const fixed = (answers: Record<string, [number, number][]>): Ranker => (query, limit) =>
  (answers[query] ?? []).slice(0, limit).map(([competencyId, score]): Ranked => ({ competencyId, score, matched: ['word'] }))

describe('relationFor', () => {
  it('needs a high score and a mutual best match for equivalent, a fair score for related', () => {
    expect(relationFor(CROSSWALK_SCORES.equivalent, true)).toBe('equivalent')
    expect(relationFor(0.95, false)).toBe('related')
    expect(relationFor(CROSSWALK_SCORES.related, true)).toBe('related')
    expect(relationFor(CROSSWALK_SCORES.related - 0.01, true)).toBeNull()
  })
})

describe('proposeCrosswalk', () => {
  const from = [item(1), item(2), item(3)]
  const to = [item(11), item(12), item(13)]
  const rankTo = fixed({ 'Item 1': [[11, 0.9], [12, 0.4]], 'Item 2': [[11, 0.8], [13, 0.2]], 'Item 3': [[13, 0.7]] })
  const rankFrom = fixed({ 'Item 11': [[1, 0.9], [2, 0.7]], 'Item 12': [[1, 0.4]], 'Item 13': [[3, 0.7]] })

  it('proposes each item with its best counterparts, best score first', () => {
    const proposals = proposeCrosswalk({ from, to, rankTo, rankFrom, skip: () => false })
    expect(proposals.map((p) => [p.fromId, p.toId, p.relation, p.score])).toEqual([
      [1, 11, 'equivalent', 0.9],
      [2, 11, 'related', 0.8],
      [3, 13, 'equivalent', 0.7],
      [1, 12, 'related', 0.4],
    ])
    expect(proposals[0]!.matched).toEqual(['word'])
  })

  it('leaves decided pairs out, and a skipped pair is no best match', () => {
    const proposals = proposeCrosswalk({ from, to, rankTo, rankFrom, skip: (f, t) => f === 1 && t === 11 })
    expect(proposals.map((p) => [p.fromId, p.toId, p.relation])).toEqual([
      [2, 11, 'equivalent'],
      [3, 13, 'equivalent'],
      [1, 12, 'related'],
    ])
  })

  it('ignores ranked ids that are not items of the other framework', () => {
    const stray = fixed({ 'Item 1': [[99, 0.99], [11, 0.9]] })
    expect(proposeCrosswalk({ from: [item(1)], to, rankTo: stray, rankFrom, skip: () => false }).map((p) => p.toId)).toEqual([11])
  })
})

describe('crosswalk coverage', () => {
  it('pairs assessable items in use, and counts equivalent and related counterparts only', () => {
    const row = (id: number, parentId: number | null, extra: Partial<{ status: string; retiredAt: string | null }> = {}) => ({ ...item(id), parentId, status: 'active', retiredAt: null, ...extra })
    const rows = [row(1, null), row(2, 1), row(3, 1), row(4, 1, { status: 'draft' }), row(5, 1, { retiredAt: '2026-01-01' })]
    const items = assessableItems(rows)
    expect(items.map((r) => r.id)).toEqual([2, 3])
    const coverage = crosswalkCoverage(items, [{ fromId: 2, toId: 9, relation: 'equivalent' }, { fromId: 3, toId: 9, relation: 'requires' }])
    expect(coverage).toMatchObject({ total: 2, covered: 1, uncovered: [{ id: 3 }] })
  })
})
