// Helpers of the curriculum workbook tests: a workbook's sheets as rows of text to edit as a person would, and back.
import * as XLSX from 'xlsx'

export type Rows = string[][]

// The workbook's sheets as rows of text.
export function sheetsOf(bytes: Buffer): Record<string, Rows> {
  const book = XLSX.read(bytes, { type: 'buffer' })
  return Object.fromEntries(book.SheetNames.map((name) => [name, XLSX.utils.sheet_to_json<string[]>(book.Sheets[name]!, { header: 1, raw: false, defval: '' })]))
}

// A workbook of these sheets, in order.
export function workbookOf(sheets: Record<string, Rows>): Buffer {
  const book = XLSX.utils.book_new()
  for (const [name, rows] of Object.entries(sheets)) XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), name)
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer
}
