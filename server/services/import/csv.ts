// A small RFC 4180 CSV reader: every value stays text (codes such as "1.10" must not become numbers). It also
// finds what people's CSV files get wrong: another delimiter than the comma, and rows with more values than
// the header (a comma inside an unquoted value), named by row and column before anything else is read.
import { Unreadable, type Problems } from './model'
import { columnLetter } from './workbook'

export type Delimiter = ',' | ';' | '\t'

const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'commas', ';': 'semicolons', '\t': 'tabs' }

// The delimiter of the header row (outside quotes): commas if it has any, else tabs or semicolons, whichever it
// has more of. Excel writes semicolons where the decimal mark is a comma, and tabs as "Unicode Text".
export function sniffDelimiter(text: string): Delimiter {
  const counts: Record<Delimiter, number> = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of text) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === '\n' || ch === '\r')) break
    else if (!quoted && ch in counts) counts[ch as Delimiter]++
  }
  if (counts[','] > 0) return ','
  if (counts['\t'] === 0 && counts[';'] === 0) return ','
  return counts['\t'] >= counts[';'] ? '\t' : ';'
}

// Splits CSV text into rows of cells; quoted cells may hold the delimiter, quotes ("") and line breaks.
export function parseCsv(text: string, maxRows: number, delimiter: Delimiter = ','): string[][] {
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
    else if (ch === delimiter) {
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

// At most this many ragged rows are listed one by one; the rest are counted.
const RAGGED_LISTED = 20

// Reads a CSV file's text into rows: the delimiter sniffed (and said, when it is not the comma), then every row
// with more values than the header refused by row and column, since its values have slid into the wrong
// columns and any other message about it would mislead.
export function readCsv(text: string, maxRows: number, problems: Problems): string[][] {
  const delimiter = sniffDelimiter(text)
  if (delimiter !== ',') problems.warning(`The values are separated by ${DELIMITER_NAMES[delimiter]}, not commas; the file was read that way`)
  const rows = parseCsv(text, maxRows, delimiter)
  const width = rows[0]?.length ?? 0
  const longer = rows.flatMap((cells, index) => (index > 0 && cells.length > width ? [index] : []))
  // Every row ending with one more, empty, value is a file written with a delimiter at each line's end: harmless.
  const trailing = longer.length === rows.length - 1 && longer.every((index) => rows[index]!.slice(width).every((c) => c === ''))
  const ragged = trailing ? [] : longer
  const what = delimiter === ',' ? 'a comma' : delimiter === ';' ? 'a semicolon' : 'a tab'
  for (const index of ragged.slice(0, RAGGED_LISTED)) {
    problems.error(
      `Row ${index + 1} has ${rows[index]!.length} values but the header has ${width}: a value with ${what} in it must be in double quotes ("like, this")`,
      { row: index + 1, column: columnLetter(width) },
    )
  }
  if (ragged.length > RAGGED_LISTED) problems.error(`${ragged.length - RAGGED_LISTED} more rows have more values than the header`)
  if (ragged.length) {
    throw new Unreadable(`${ragged.length === 1 ? 'One row has' : `${ragged.length} rows have`} more values than the header: quote the values that hold ${what}, then upload the file again`)
  }
  return rows
}
