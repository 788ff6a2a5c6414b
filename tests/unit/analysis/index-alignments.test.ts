import { describe, expect, it } from 'vitest'
import { IdSlots, indexAlignments } from '../../../shared/domain/analysis/index-alignments'
import { alignmentColumns } from '../../../shared/domain/analysis/alignments'
import type { AnalysisAlignment, AnalysisModule } from '../../../shared/domain/analysis/types'

describe('IdSlots', () => {
  it('numbers ids in order of first appearance, small, large, negative or fractional alike', () => {
    const slots = new IdSlots()
    const ids = [5, 3, 5, 2 ** 40, -1, 0.5, 3, 1_000_000, 2 ** 40, 0]
    expect(ids.map((id) => slots.add(id))).toEqual([0, 1, 0, 2, 3, 4, 1, 5, 2, 6])
    expect(slots.count).toBe(7)
    expect([5, 3, 2 ** 40, -1, 0.5, 1_000_000, 0, 7, 2 ** 41].map((id) => slots.get(id))).toEqual([0, 1, 2, 3, 4, 5, 6, -1, -1])
    expect(slots.keyOf(2)).toBe(2 ** 40)
  })
})

describe('indexAlignments', () => {
  const module = (id: number): AnalysisModule => ({
    id,
    code: `M${id}`,
    title: `Module ${id}`,
    level: 'postsecondary',
    kind: 'occupational',
    stage: id,
    isEntry: false,
    isExit: false,
    entryLevel: null,
  })

  it('keeps the alignments of the pathway\'s own modules, by competency as runs of positions and by module as rows', () => {
    const modules = new Map([1, 2, 3].map((id) => [id, module(id)]))
    const alignments: AnalysisAlignment[] = [
      { moduleId: 1, competencyId: 10, depth: 'I' },
      { moduleId: 1, competencyId: 20, depth: 'M' },
      { moduleId: 9, competencyId: 10, depth: 'M' },
      { moduleId: 2, competencyId: 10, depth: 'R' },
      { moduleId: 3, competencyId: 10, depth: 'M' },
      { moduleId: 1, competencyId: 30, depth: 'M' },
    ]
    const { byCompetency, byModule } = indexAlignments(alignments, modules)
    const at = (competencyId: number) => {
      const { from, to } = byCompetency.range(competencyId)
      return Array.from({ length: to - from }, (_, k) => [byCompetency.module(from + k).id, byCompetency.depth(from + k)])
    }
    expect(at(10)).toEqual([[1, 'I'], [2, 'R'], [3, 'M']])
    expect(at(20)).toEqual([[1, 'M']])
    expect(at(30)).toEqual([[1, 'M']])
    expect(byCompetency.range(40)).toEqual({ from: 0, to: 0 })
    expect(byCompetency.module(0)).toBe(modules.get(1))
    expect([...byModule.keys()]).toEqual([1, 2, 3])
    expect(byModule.get(1)).toEqual([10, 20, 30])
    expect(byModule.has(9)).toBe(false)
    const fromColumns = indexAlignments(alignmentColumns(alignments), modules)
    expect(fromColumns.byModule).toEqual(byModule)
    expect(fromColumns.byCompetency).toEqual(byCompetency)
  })
})
