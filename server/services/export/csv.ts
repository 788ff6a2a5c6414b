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

// The bytes of a CSV file, the BOM then the lines, in pieces of about `size` characters. Lines are taken from
// the iterator only as pieces are asked for (none ahead), so a slow reader holds the producer back.
export function* csvChunks(lines: Iterator<string>, size = CHUNK_CHARS): Generator<Uint8Array, void, undefined> {
  const encoder = new TextEncoder()
  let text = BOM
  try {
    for (let next = lines.next(); !next.done; next = lines.next()) {
      text += next.value
      if (text.length < size) continue
      yield encoder.encode(text)
      text = ''
    }
    if (text) yield encoder.encode(text)
  } finally {
    lines.return?.()
  }
}

// A stream of bytes read from the chunks as the reader asks for them: one chunk per read, none ahead.
export function byteStream(chunks: Iterator<Uint8Array>): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const next = chunks.next()
        if (next.done) controller.close()
        else controller.enqueue(next.value)
      },
      cancel() {
        chunks.return?.()
      },
    },
    { highWaterMark: 0 },
  )
}

// A CSV file as a stream of bytes: the BOM, then the lines, about CHUNK_CHARS per read; memory holds one
// chunk, however long the file.
export const csvStream = (lines: Iterator<string>): ReadableStream<Uint8Array> => byteStream(csvChunks(lines))
