// CSV as RFC 4180 writes it (comma separated, CRLF line ends, fields quoted when they must be), UTF-8 with a
// byte order mark so that Excel reads accents and the ± of tolerances correctly.
import { neutraliseCell } from './neutralise'

export type Cell = string | number | null | undefined
export type Table = { header: string[]; rows: Cell[][] }

const BOM = '\uFEFF'

// Quotes a field holding a comma, a quote or a line break (quotes doubled), and one with leading or
// trailing spaces, which some readers would otherwise trim; text is neutralised first.
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return String(cell)
  const text = neutraliseCell(cell)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// The table as the text of a CSV file.
export function toCsv(table: Table): string {
  const lines = [table.header, ...table.rows].map((row) => row.map(csvField).join(','))
  return `${BOM}${lines.join('\r\n')}\r\n`
}
