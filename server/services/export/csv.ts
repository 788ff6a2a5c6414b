// CSV as RFC 4180 writes it (comma separated, CRLF line ends, fields quoted when they must be), UTF-8 with a
// byte order mark so that Excel reads accents and the ± of tolerances correctly; streamed as it is produced.
import { neutraliseCell } from './neutralise'

export type Cell = string | number | null | undefined
export type Table = { header: string[]; rows: Cell[][] }

const BOM = '\uFEFF'
// About this much text is produced per read of the stream: a few rows of a statewide matrix.
const CHUNK_CHARS = 64 * 1024

// Quotes a field holding a comma, a quote or a line break (quotes doubled), and one with leading or
// trailing spaces, which some readers would otherwise trim; text is neutralised first.
export function csvField(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (typeof cell === 'number') return String(cell)
  const text = neutraliseCell(cell)
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

// One record with its line end.
export const csvLine = (row: readonly Cell[]): string => `${row.map(csvField).join(',')}\r\n`

// The lines of a table, header first, one at a time.
export function* tableLines(table: Table): Generator<string> {
  yield csvLine(table.header)
  for (const row of table.rows) yield csvLine(row)
}

// A CSV file as a stream of bytes: the BOM, then the lines. Lines are taken from the iterator only when the
// reader asks for more (about CHUNK_CHARS per read, none ahead), so a slow client holds the producer back
// and memory holds one chunk, however long the file.
export function csvStream(lines: Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  let start = BOM
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let text = start
        start = ''
        while (text.length < CHUNK_CHARS) {
          const next = lines.next()
          if (next.done) {
            if (text) controller.enqueue(encoder.encode(text))
            controller.close()
            return
          }
          text += next.value
        }
        controller.enqueue(encoder.encode(text))
      },
      cancel() {
        lines.return?.()
      },
    },
    { highWaterMark: 0 },
  )
}
