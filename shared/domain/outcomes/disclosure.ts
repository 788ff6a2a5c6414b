// Which hidden cells of a published table a reader could still work out exactly. A table's additive groups
// (a total and the parts that sum to it: subgroups to all learners, terms to all terms) are linear equations
// over its cells; with the shown cells known, the hidden cells solve a smaller system, and a hidden cell is
// disclosed when that system fixes its value, whatever the other hidden cells are: when the unit vector of the
// cell lies in the row space of the hidden cells' coefficients.

// Any value that names a cell: a text key, or a number where speed matters (a row's index in one count's table).
export type CellKey = string | number

// A total and the parts that add up to it. Subgroup values that do not quite sum to the total (an unknown
// value left out) are treated as if they did: the reader is assumed to know at least as much as the equation.
export type AdditiveGroup<K extends CellKey = string> = { total: K; parts: readonly K[] }

const EPSILON = 1e-9

// The hidden cells whose values the groups' equations fix.
export function disclosedCells<K extends CellKey>(hidden: ReadonlySet<K>, groups: readonly AdditiveGroup<K>[]): K[] {
  const columns = [...hidden]
  const column = new Map(columns.map((key, index) => [key, index]))
  const rows: Float64Array[] = []
  for (const group of groups) {
    const row = new Float64Array(columns.length)
    let touched = false
    const add = (key: K, sign: number) => {
      const index = column.get(key)
      if (index === undefined) return
      row[index]! += sign
      touched = true
    }
    add(group.total, 1)
    for (const part of group.parts) add(part, -1)
    if (touched && row.some((value) => Math.abs(value) > EPSILON)) rows.push(row)
  }
  return fixedColumns(rows, columns.length).map((index) => columns[index] as K)
}

// The columns whose unit vector lies in the row space of these rows (each row `width` long; reduced in place):
// the unknowns the equations fix.
export function fixedColumns(rows: Float64Array[], width: number): number[] {
  return reduceToEchelon(rows, width).filter(alone).map(({ column }) => column)
}

type Pivot = { column: number; row: Float64Array }

function alone({ column: pivot, row }: Pivot): boolean {
  for (let index = 0; index < row.length; index++) if (index !== pivot && Math.abs(row[index]!) >= EPSILON) return false
  return true
}

// Gauss-Jordan elimination with partial pivoting, in place: each returned row has a 1 in its pivot column and
// 0 in every other pivot column, which is what lets a row that is all zeros elsewhere name a disclosed cell.
function reduceToEchelon(rows: Float64Array[], width: number): Pivot[] {
  const pivots: Pivot[] = []
  let next = 0
  for (let column = 0; column < width && next < rows.length; column++) {
    let best = next
    for (let r = next + 1; r < rows.length; r++) if (Math.abs(rows[r]![column]!) > Math.abs(rows[best]![column]!)) best = r
    if (Math.abs(rows[best]![column]!) < EPSILON) continue
    ;[rows[next], rows[best]] = [rows[best]!, rows[next]!]
    const pivotRow = rows[next]!
    const scale = pivotRow[column]!
    for (let c = column; c < width; c++) pivotRow[c]! /= scale
    for (let r = 0; r < rows.length; r++) {
      if (r === next) continue
      const row = rows[r]!
      const factor = row[column]!
      if (Math.abs(factor) < EPSILON) continue
      for (let c = column; c < width; c++) row[c]! -= factor * pivotRow[c]!
    }
    pivots.push({ column, row: pivotRow })
    next++
  }
  return pivots
}
