// The quick proof that no hidden cell can be worked out (cycles.ts) stands in for the elimination only when it is
// right: over random tables and random systems it never passes hidden cells a reader could work out, and
// suppression with it hides exactly the cells the elimination alone hides.
import { describe, expect, it } from 'vitest'
import { cyclesHideEveryCell } from '../../shared/domain/outcomes/cycles'
import { disclosedCells, type AdditiveGroup } from '../../shared/domain/outcomes/disclosure'
import { suppressedCells } from '../../shared/domain/outcomes/suppression'
import { seededRandom } from '../../shared/domain/seeded-random'
import { fixedColumns } from '../support/rank'

type Shape = { cells: string[]; groups: AdditiveGroup[] }

// A table shaped as a module's: terms (and the all-terms row when `allTerms`) by each dimension's values and the
// all-learners column, every term's values of a dimension adding up to its all-learners cell and every subgroup's
// terms adding up to its all-terms cell.
function tableShape(terms: number, dimensions: number[], allTerms: boolean): Shape {
  const rows = [...Array.from({ length: terms }, (_, t) => `t${t}`), ...(allTerms ? ['all'] : [])]
  const columns = ['', ...dimensions.flatMap((values, d) => Array.from({ length: values }, (_, v) => `d${d}v${v}`))]
  const cells = rows.flatMap((row) => columns.map((column) => `${row}|${column}`))
  const groups: AdditiveGroup[] = rows.flatMap((row) => dimensions.map((values, d) => ({ total: `${row}|`, parts: Array.from({ length: values }, (_, v) => `${row}|d${d}v${v}`) })))
  if (allTerms) for (const column of columns) groups.push({ total: `all|${column}`, parts: rows.slice(0, terms).map((row) => `${row}|${column}`) })
  return { cells, groups }
}

// Groups over a pool of cells drawn at random: totals and parts in no table's pattern.
function randomShape(next: () => number): Shape {
  const cells = Array.from({ length: 4 + Math.floor(next() * 10) }, (_, i) => `c${i}`)
  const pick = () => cells[Math.floor(next() * cells.length)]!
  const groups = Array.from({ length: 2 + Math.floor(next() * 7) }, () => {
    const total = pick()
    const parts = [...new Set(Array.from({ length: 2 + Math.floor(next() * 3) }, pick))].filter((part) => part !== total)
    return { total, parts }
  })
  return { cells, groups }
}

// The hidden cells the groups fix, by exact rank.
function exactlyFixed(hidden: ReadonlySet<string>, groups: readonly AdditiveGroup[]): string[] {
  const columns = [...hidden]
  const system = groups.map((g) => columns.map((key) => BigInt((g.total === key ? 1 : 0) - g.parts.filter((part) => part === key).length)))
  return fixedColumns(system, columns.length).map((i) => columns[i]!)
}

function randomTable(next: () => number): Shape {
  const dimensions = Array.from({ length: 1 + Math.floor(next() * 2) }, () => 2 + Math.floor(next() * 3))
  return tableShape(1 + Math.floor(next() * 5), dimensions, next() < 0.8)
}

// Counts that add up: parts at random, then each total as the sum of its parts (a total of two dimensions takes
// the later one's sum; the reader is assumed to know the equations all the same).
function countsOf(cells: readonly string[], groups: readonly AdditiveGroup[], next: () => number): Map<string, number> {
  const values = new Map<string, number>(cells.filter((cell) => !groups.some((g) => g.total === cell)).map((cell) => [cell, Math.floor(next() * 30)]))
  for (let pass = 0; pass < 2; pass++) for (const g of groups) if (g.parts.every((p) => values.has(p))) values.set(g.total, g.parts.reduce((sum, p) => sum + values.get(p)!, 0))
  for (const cell of cells) if (!values.has(cell)) values.set(cell, Math.floor(next() * 30))
  return values
}

// Hidden cells of three kinds: any cells at random; what suppression hides (safe); and that less one cell, the
// near miss that most often gives a cell away.
function hiddenCells(cells: readonly string[], groups: readonly AdditiveGroup[], next: () => number, kind: number): Set<string> {
  if (kind === 0) {
    const density = 0.15 + next() * 0.6
    return new Set(cells.filter(() => next() < density))
  }
  const hidden = suppressedCells(countsOf(cells, groups, next), groups, 10)
  if (kind === 1) return hidden
  return new Set([...hidden].filter((_, i, all) => i !== Math.floor(next() * all.length)))
}

describe('the cycle proof that no hidden cell can be worked out', () => {
  it('never passes hidden cells that a reader could work out, over random tables and random systems', () => {
    const next = seededRandom(1815)
    let [proven, disclosing] = [0, 0]
    for (let trial = 0; trial < 2000; trial++) {
      const { cells, groups } = trial % 5 === 4 ? randomShape(next) : randomTable(next)
      const hidden = hiddenCells(cells, groups, next, trial % 4)
      const fixed = exactlyFixed(hidden, groups)
      expect(disclosedCells(hidden, groups).sort(), `trial ${trial}`).toEqual([...fixed].sort())
      if (cyclesHideEveryCell(hidden, groups)) {
        proven++
        expect(fixed, `trial ${trial}`).toEqual([])
      }
      if (fixed.length > 0) disclosing++
    }
    // Both sides were exercised: many tables proven, many with a cell to work out.
    expect(proven).toBeGreaterThan(400)
    expect(disclosing).toBeGreaterThan(400)
  })

  it('proves a hidden all-learners cell (in three groups) safe when each dimension can absorb its change', () => {
    const { groups } = tableShape(3, [2, 2], true)
    // Two terms' all-learners cells hidden, and in each dimension a rectangle through both terms.
    const hidden = new Set(['t0|', 't1|', 't0|d0v0', 't0|d0v1', 't1|d0v0', 't1|d0v1', 't0|d1v0', 't0|d1v1', 't1|d1v0', 't1|d1v1'])
    expect(exactlyFixed(hidden, groups)).toEqual([])
    expect(cyclesHideEveryCell(hidden, groups)).toBe(true)
    // Without the second term's all-learners cell the first is fixed (all terms minus the shown terms).
    hidden.delete('t1|')
    expect(exactlyFixed(hidden, groups)).toEqual(['t0|'])
    expect(cyclesHideEveryCell(hidden, groups)).toBe(false)
  })

  it('does not pass two closed loops joined by one cell, which the totals fix', () => {
    const { groups } = tableShape(4, [4], true)
    const hidden = new Set(['t0|d0v0', 't0|d0v1', 't1|d0v0', 't1|d0v1', 't2|d0v2', 't2|d0v3', 't3|d0v2', 't3|d0v3', 't1|d0v2'])
    expect(exactlyFixed(hidden, groups)).toEqual(['t1|d0v2'])
    expect(cyclesHideEveryCell(hidden, groups)).toBe(false)
  })
})

// Complementary suppression with the elimination alone, as it was before the proof: the oracle.
function suppressedByElimination(values: ReadonlyMap<string, number>, groups: readonly AdditiveGroup[], threshold: number): Set<string> {
  const hidden = new Set([...values].filter(([, value]) => value < threshold).map(([key]) => key))
  const present = groups.map((g) => ({ total: g.total, parts: g.parts.filter((p) => values.has(p)) })).filter((g) => values.has(g.total) && g.parts.length > 0)
  const complement = (g: AdditiveGroup) => {
    const shown = (keys: readonly string[]) => keys.filter((key) => !hidden.has(key)).sort((a, b) => values.get(a)! - values.get(b)!)
    return shown(g.parts)[0] ?? shown([g.total])[0]
  }
  const holds = (g: AdditiveGroup, cell: string) => g.total === cell || g.parts.includes(cell)
  for (;;) {
    const lonely = present.find((g) => [g.total, ...g.parts].filter((key) => hidden.has(key)).length === 1)
    let next = lonely ? complement(lonely) : undefined
    if (!lonely) {
      const disclosed = disclosedCells(hidden, present)
      if (disclosed.length === 0) return hidden
      next = disclosed.flatMap((cell) => present.filter((g) => holds(g, cell)).map(complement)).find((key) => key !== undefined)
      next ??= present.filter((g) => [g.total, ...g.parts].some((key) => hidden.has(key))).map(complement).find((key) => key !== undefined)
    }
    if (next === undefined) return hidden
    hidden.add(next)
  }
}

describe('suppression with the cycle proof', () => {
  it('hides exactly the cells the elimination alone hides, in the same order, over random tables', () => {
    const next = seededRandom(2026)
    let complements = 0
    for (let trial = 0; trial < 400; trial++) {
      const { cells, groups } = randomTable(next)
      const values = countsOf(cells, groups, next)
      const fast = suppressedCells(values, groups, 10)
      const full = suppressedByElimination(values, groups, 10)
      expect([...fast], `trial ${trial}`).toEqual([...full])
      complements += fast.size - [...values.values()].filter((value) => value < 10).length
    }
    expect(complements).toBeGreaterThan(400)
  })
})
