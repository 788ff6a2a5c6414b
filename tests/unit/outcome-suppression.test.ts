import { describe, expect, it } from 'vitest'
import type { AdditiveGroup } from '../../shared/domain/outcomes/disclosure'
import { suppressedCells } from '../../shared/domain/outcomes/suppression'
import { consistencyProblems, OUTCOME_COUNTS } from '../../shared/domain/outcomes/measures'
import { ALL_TERMS, publishOutcomeTable, type OutcomeRow, type PublishedOutcomeRow } from '../../shared/domain/outcomes/table'
import { isTerm, termLabel, termOrder } from '../../shared/domain/outcomes/terms'
import { fixedColumns } from '../support/rank'

const row = (term: string, subgroupDimension: string, subgroupValue: string, enrolled: number, completed = enrolled): OutcomeRow => ({
  term,
  subgroupDimension,
  subgroupValue,
  enrolled,
  completed,
  credentialEarned: completed,
  continued: completed,
  employedQ2: completed,
  medianEarningsQ2: completed > 0 ? 9000 : null,
})

const find = (table: PublishedOutcomeRow[], term: string, value = '') => table.find((r) => r.term === term && r.subgroupValue === value)!

// A deterministic pseudo-random source so that a failure can be replayed.
function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return state / 2147483648
  }
}

// The equations a reader knows, written from the published rows themselves: each term's subgroup values add up
// to its all-learners row and each subgroup's terms add up to its all-terms row, per count.
function equations(table: PublishedOutcomeRow[]): Array<Array<[PublishedOutcomeRow, number]>> {
  const rows: Array<Array<[PublishedOutcomeRow, number]>> = []
  const terms = [...new Set(table.map((r) => r.term))]
  const dimensions = [...new Set(table.map((r) => r.subgroupDimension).filter(Boolean))]
  for (const term of terms) {
    for (const dimension of dimensions) {
      const parts = table.filter((r) => r.term === term && r.subgroupDimension === dimension)
      if (parts.length) rows.push([[find(table, term), 1], ...parts.map((p): [PublishedOutcomeRow, number] => [p, -1])])
    }
  }
  for (const total of table.filter((r) => r.term === ALL_TERMS)) {
    const parts = table.filter((r) => r.term !== ALL_TERMS && r.subgroupDimension === total.subgroupDimension && r.subgroupValue === total.subgroupValue)
    rows.push([[total, 1], ...parts.map((p): [PublishedOutcomeRow, number] => [p, -1])])
  }
  return rows
}

// The hidden counts a reader could work out exactly: those whose unit vector adds no rank to the system.
function recoverable(table: PublishedOutcomeRow[]): string[] {
  const found: string[] = []
  for (const count of OUTCOME_COUNTS) {
    const hidden = table.filter((r) => r.suppressed.includes(count))
    if (hidden.length === 0) continue
    const system = equations(table).map((eq) => hidden.map((h) => BigInt(eq.filter(([r]) => r === h).reduce((s, [, sign]) => s + sign, 0))))
    for (const i of fixedColumns(system, hidden.length)) found.push(`${count} ${hidden[i]!.term} ${hidden[i]!.subgroupValue}`)
  }
  return found
}

describe('outcome terms', () => {
  it('accepts seasons and academic years, in time order, and names them for people', () => {
    expect(['2024-fall', '2023-24', '1999-00'].every(isTerm)).toBe(true)
    expect(['2024-autumn', '2023-25', 'fall 2024', '2024'].some(isTerm)).toBe(false)
    expect(['2024-fall', '2024-spring', '2023-24'].sort((a, b) => termOrder(a) - termOrder(b))).toEqual(['2023-24', '2024-spring', '2024-fall'])
    expect(termLabel('2024-fall')).toBe('Fall 2024')
  })
})

describe('outcome consistency', () => {
  it('names each count that exceeds the one it is a share of, and earnings with nobody employed', () => {
    const problems = consistencyProblems({ enrolled: 10, completed: 12, credentialEarned: 3, continued: 13, employedQ2: 0, medianEarningsQ2: 8000 })
    expect(problems.map((p) => p.field)).toEqual(['completed', 'continued', 'medianEarningsQ2'])
    expect(problems[0]!.message).toMatch(/Completed \(12\) is more than enrolled \(10\)/)
  })
})

describe('small-cell suppression', () => {
  it('hides a small subgroup and the complement that would give it away, and the rates resting on them', () => {
    const table = publishOutcomeTable([row('2024-fall', '', '', 60), row('2024-fall', 'english', 'yes', 4), row('2024-fall', 'english', 'no', 56)], 10)
    expect(find(table, '2024-fall', 'yes').enrolled).toBeNull()
    expect(find(table, '2024-fall', 'yes').suppressed).toContain('completionRate')
    expect(find(table, '2024-fall', 'no').enrolled).toBeNull()
    expect(find(table, '2024-fall').enrolled).toBe(60)
    expect(find(table, '2024-fall').completionRate).toBe(1)
  })

  it('shows everything to the data\'s own organisation', () => {
    const table = publishOutcomeTable([row('2024-fall', '', '', 6), row('2024-fall', 'english', 'yes', 2), row('2024-fall', 'english', 'no', 4)], 0)
    expect(table.every((r) => r.suppressed.length === 0)).toBe(true)
    expect(find(table, '2024-fall', 'yes').enrolled).toBe(2)
  })

  it('keeps a count nobody knows apart from a hidden one, and unknown in the all-terms totals', () => {
    const spring = { ...row('2024-spring', '', '', 40), continued: null }
    const table = publishOutcomeTable([spring, row('2024-fall', '', '', 50)], 10)
    expect(find(table, '2024-spring').continued).toBeNull()
    expect(find(table, '2024-spring').suppressed).not.toContain('continued')
    expect(find(table, ALL_TERMS).continued).toBeNull()
    expect(find(table, ALL_TERMS).enrolled).toBe(90)
  })

  it('hides the median earnings of a hidden employed count', () => {
    const table = publishOutcomeTable([row('2024-fall', '', '', 30, 7)], 10)
    expect(find(table, '2024-fall').medianEarningsQ2).toBeNull()
    expect(find(table, '2024-fall').suppressed).toEqual(expect.arrayContaining(['completed', 'employedQ2', 'medianEarningsQ2']))
  })

  it('leaves no hidden count that a reader could work out, over many random tables', () => {
    const next = random(18)
    for (let trial = 0; trial < 150; trial++) {
      const terms = ['2023-fall', '2024-spring', '2024-fall'].slice(0, 1 + Math.floor(next() * 3))
      const values = ['a', 'b', 'c', 'd'].slice(0, 1 + Math.floor(next() * 4))
      const rows = terms.flatMap((term) => {
        const parts = values.map((value) => row(term, 'group', value, Math.floor(next() * 40), 0))
        for (const part of parts) part.completed = Math.floor(next() * (part.enrolled + 1))
        const all = row(term, '', '', 0, 0)
        for (const count of OUTCOME_COUNTS) all[count] = parts.reduce((sum, part) => sum + (part[count] ?? 0), 0)
        return [all, ...parts]
      })
      const table = publishOutcomeTable(rows, 10)
      expect(recoverable(table), `trial ${trial}`).toEqual([])
      for (const r of table) for (const count of OUTCOME_COUNTS) if (r[count] !== null) expect(r[count]).toBeGreaterThanOrEqual(10)
    }
  })
  it('hides more when cells that each share their row and column with another hidden cell still give one away', () => {
    // A 4 × 4 table with row and column totals whose small cells form two closed loops joined by one cell
    // (r2c3): every row and column holds two hidden cells or none, yet the joining cell is fixed by the totals.
    const small = new Set(['r1c1', 'r1c2', 'r2c1', 'r2c2', 'r3c3', 'r3c4', 'r4c3', 'r4c4', 'r2c3'])
    const cells = new Map<string, number>()
    const groups: AdditiveGroup[] = []
    for (let i = 1; i <= 4; i++) {
      groups.push({ total: `r${i}`, parts: [1, 2, 3, 4].map((j) => `r${i}c${j}`) })
      groups.push({ total: `c${i}`, parts: [1, 2, 3, 4].map((j) => `r${j}c${i}`) })
      for (let j = 1; j <= 4; j++) cells.set(`r${i}c${j}`, small.has(`r${i}c${j}`) ? 3 : 50 + i * 4 + j)
    }
    for (const group of groups) cells.set(group.total, group.parts.reduce((sum, part) => sum + cells.get(part)!, 0))
    const hidden = suppressedCells(cells, groups, 10)
    const columns = [...hidden]
    const system = groups.map((g) => columns.map((key) => BigInt((g.total === key ? 1 : 0) - (g.parts.includes(key) ? 1 : 0))))
    expect(fixedColumns(system, columns.length)).toEqual([])
    expect(hidden.size).toBeGreaterThan(small.size)
  })
})
