// The crosswalk matrix as CSV lines, written from its sparse rows: a row's module columns are mostly empty, so
// each line is made of runs of commas between the few depths it holds, never a field per cell. With csvStream
// a matrix of any size goes out a few lines at a time, the same text as the table of tables.ts would give.
import type { Matrix } from '../analysis/build-matrix'
import { csvField, csvLine, type Cell } from './csv'
import { competencyCells, coverageCells, frameworkTitles, matrixHeader } from './tables'

const fields = (cells: readonly Cell[]) => cells.map(csvField).join(',')

// The header line, then one line per row, produced as they are asked for.
export function* matrixCsvLines(matrix: Matrix): Generator<string> {
  yield csvLine(matrixHeader(matrix))
  const frameworks = frameworkTitles(matrix)
  const column = new Map(matrix.modules.map((m, i) => [m.id, i]))
  const width = matrix.modules.length
  for (const row of matrix.rows) {
    const start = fields(competencyCells(row, frameworks))
    const end = fields(coverageCells(row))
    if (width === 0) {
      yield `${start},${end}\r\n`
      continue
    }
    // The depths by column (every cell is of a module shown: buildMatrix fills no other), left to right.
    const depths = Object.entries(row.cells)
      .map(([moduleId, depth]) => [column.get(Number(moduleId))!, depth] as const)
      .sort((a, b) => a[0] - b[0])
    let cells = ''
    let at = 0
    for (const [index, depth] of depths) {
      cells += ','.repeat(index - at) + depth
      at = index
    }
    yield `${start},${cells}${','.repeat(width - 1 - at)},${end}\r\n`
  }
}
