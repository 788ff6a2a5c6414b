// Reading an XLSX workbook safely: size and zip-bomb checks first, then SheetJS in dense mode, giving each sheet
// as rows of text with its merged ranges and formula cells reported by cell address.
import * as XLSX from 'xlsx'
import { LIMITS } from './limits'
import { Unreadable, type Problems } from './model'
import { refuseNulCells } from './nul'

export type Grid = { name: string; rows: string[][] }
type Cell = { v?: unknown; w?: string; f?: string; t?: string }

// Column letter of a 0-based index, for messages ("A", "AB").
export const columnLetter = (index: number): string => XLSX.utils.encode_col(index)

const cellText = (cell: Cell | undefined): string => {
  if (!cell || cell.v === undefined || cell.v === null) return ''
  return (cell.w ?? String(cell.v)).trim()
}

// Parses the workbook (after checkZipSizes) and returns its sheet names; throws Unreadable when SheetJS cannot.
export function openWorkbook(buf: Buffer): XLSX.WorkBook {
  try {
    return XLSX.read(buf, { type: 'buffer', dense: true, cellHTML: false, cellStyles: false, sheetRows: LIMITS.rows + 2 })
  } catch (error) {
    throw new Unreadable(`This workbook could not be read (${error instanceof Error ? error.message : String(error)}); save it again as .xlsx`)
  }
}

// One sheet as trimmed text rows, NUL characters reported and removed. Formula cells are read as their last computed value, with a warning; merged
// ranges are errors, because all but the first cell of a merge read as empty.
export function readSheet(workbook: XLSX.WorkBook, name: string, problems: Problems): Grid {
  const sheet = workbook.Sheets[name]
  if (!sheet) throw new Unreadable(`The workbook has no sheet "${name}"`)
  const data = (sheet['!data'] ?? []) as (Cell[] | undefined)[]
  if (data.length > LIMITS.rows + 1) throw new Unreadable(`Sheet "${name}" has more than ${LIMITS.rows} rows, the limit; split it into smaller files`)
  const rows: string[][] = new Array(data.length)
  let formulas = 0
  for (let r = 0; r < data.length; r++) {
    const cells = data[r] ?? []
    const row: string[] = new Array(cells.length)
    for (let c = 0; c < cells.length; c++) {
      const cell = cells[c]
      if (cell?.f !== undefined && formulas++ < 20) {
        problems.warning(`Formula =${cell.f} was read as its last computed value "${cellText(cell)}"`, { sheet: name, row: r + 1, column: columnLetter(c) })
      }
      row[c] = cellText(cell)
    }
    rows[r] = row
  }
  if (formulas > 20) problems.warning(`${formulas - 20} more formula cells were read as their computed values`, { sheet: name })
  for (const merge of sheet['!merges'] ?? []) {
    const range = XLSX.utils.encode_range(merge)
    problems.error(`Cells ${range} are merged; unmerge them and fill in every cell`, { sheet: name, row: merge.s.r + 1, column: columnLetter(merge.s.c) })
  }
  const grid = { name, rows }
  refuseNulCells(grid, problems)
  return grid
}
