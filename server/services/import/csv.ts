// A small RFC 4180 CSV reader: every value stays text (codes such as "1.10" must not become numbers).
import { Unreadable } from './model'

// Splits CSV text into rows of cells; quoted cells may hold commas, quotes ("") and line breaks.
export function parseCsv(text: string, maxRows: number): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  let i = 0
  const n = text.length
  const endRow = () => {
    row.push(cell)
    cell = ''
    if (row.length > 1 || row[0] !== '') rows.push(row)
    row = []
    if (rows.length > maxRows + 1) throw new Unreadable(`The file has more than ${maxRows} rows, the limit; split it into smaller files`)
  }
  while (i < n) {
    const ch = text[i]!
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += ch
    } else if (ch === '"' && cell === '') quoted = true
    else if (ch === ',') {
      row.push(cell)
      cell = ''
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      endRow()
    } else cell += ch
    i++
  }
  if (quoted) throw new Unreadable(`A quoted value is never closed (from row ${rows.length + 1}); check the quotes`, { row: rows.length + 1 })
  if (cell !== '' || row.length) endRow()
  return rows
}
