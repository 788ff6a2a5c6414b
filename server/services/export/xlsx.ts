// The analysis as an XLSX workbook (SheetJS): an About sheet, the findings and the crosswalk matrix, each with
// a bold, frozen header row and set column widths.
import * as XLSX from 'xlsx'
import { Invalid } from '../../errors'
import type { Cell, Table } from './csv'
import { neutraliseCell } from './neutralise'
import { boldAndFreezeHeaders, type Freeze } from './xlsx-header'

// SpreadsheetML's limits: beyond them Excel refuses the file.
const MAX_COLUMNS = 16_384
const MAX_ROWS = 1_048_576

export type Sheet = { name: string; rows: Cell[][]; widths: number[]; freeze: Freeze }

// A table as a sheet's rows, header first.
export const rowsOf = (table: Table): Cell[][] => [table.header, ...table.rows]

// Width in characters of each column: its longest text, within [min, max].
export function widthsOf(rows: readonly Cell[][], min = 6, max = 80): number[] {
  const widths: number[] = []
  for (const row of rows) {
    row.forEach((cell, i) => {
      const length = cell === null || cell === undefined ? 0 : String(cell).length
      widths[i] = Math.max(widths[i] ?? min, Math.min(max, length + 1))
    })
  }
  return widths
}

function worksheet(sheet: Sheet): XLSX.WorkSheet {
  const columns = Math.max(0, ...sheet.rows.map((r) => r.length))
  if (columns > MAX_COLUMNS || sheet.rows.length > MAX_ROWS) {
    throw new Invalid(`The ${sheet.name} sheet would have ${sheet.rows.length} rows and ${columns} columns, more than a spreadsheet holds; filter by level or framework`)
  }
  // Empty cells stay absent (the matrix is sparse); text is neutralised against formula injection.
  const cells = sheet.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : (cell ?? null))))
  const ws = XLSX.utils.aoa_to_sheet(cells)
  ws['!cols'] = sheet.widths.map((wch) => ({ wch }))
  return ws
}

// The workbook file of these sheets, in order.
export function toXlsx(sheets: readonly Sheet[]): Buffer {
  const book = XLSX.utils.book_new()
  for (const sheet of sheets) XLSX.utils.book_append_sheet(book, worksheet(sheet), sheet.name)
  // Shared strings keep leading spaces (the matrix's indentation) with xml:space="preserve".
  const written = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', bookSST: true, compression: true }) as Buffer
  return boldAndFreezeHeaders(written, sheets.map((s) => s.freeze))
}
