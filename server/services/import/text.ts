// Turning uploaded bytes into text: UTF-8 (a byte-order mark tolerated) or UTF-16 with its byte-order mark (what
// Excel's "Unicode Text" writes); anything else is refused naming the row and column of the first byte UTF-8
// cannot read, the encoding it most likely is, and how to save the file instead.
import { Unreadable, type Problems } from './model'
import { columnLetter } from './workbook'

const BOM = '\uFEFF'

// Bytes 0x80–0x9F are printable in Windows-1252 (curly quotes, dashes, €) and control codes in Latin-1; from
// 0xA0 up the two agree. Node's TextDecoder reads "windows-1252" as Latin-1, hence the table.
const looksWindows1252 = (buf: Buffer) => buf.some((byte) => byte >= 0x80 && byte <= 0x9f)
const WINDOWS_1252_80_9F = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'
const windows1252 = (byte: number) => (byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_80_9F[byte - 0x80]! : String.fromCharCode(byte))

function utf16(buf: Buffer, problems: Problems): string | null {
  const order = buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : null
  if (!order) return null
  problems.warning(`The file is ${order === 'utf-16le' ? 'UTF-16' : 'UTF-16 (big-endian)'} text, as Excel saves "Unicode Text"; it was read as such`)
  return new TextDecoder(order).decode(buf.subarray(2))
}

// The offset of the first byte that does not start or continue a UTF-8 sequence (the decoder only says "invalid").
function firstInvalidByte(buf: Buffer): number {
  for (let i = 0; i < buf.length; ) {
    const lead = buf[i]!
    const extra = lead < 0x80 ? 0 : lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : -1
    if (extra < 0) return i
    for (let k = 1; k <= extra; k++) if (((buf[i + k] ?? 0) & 0xc0) !== 0x80) return i
    i += extra + 1
  }
  return 0
}

// Where the first unreadable byte is: its row (line) and, counting the delimiters before it, its cell.
function firstBadByte(buf: Buffer, delimiter: string) {
  const at = firstInvalidByte(buf)
  const lines = buf.subarray(0, at).toString('utf8').split(/\r\n|\n|\r/)
  const line = lines[lines.length - 1] ?? ''
  return { row: lines.length, cell: line.split(delimiter).length - 1, byte: buf[at]! }
}

// Decodes the file's text. `delimiterOf` tells the delimiter of delimited text, to name the column of a bad byte
// (a CSV's); a file of other text names only the row.
export function decodeText(buf: Buffer, problems: Problems, delimiterOf?: (text: string) => string): string {
  const wide = utf16(buf, problems)
  if (wide !== null) return wide
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf)
  } catch {
    const { row, cell, byte } = firstBadByte(buf, delimiterOf ? delimiterOf(buf.toString('latin1')) : '\u0000')
    const encoding = looksWindows1252(buf) ? 'Windows-1252' : 'Latin-1 or Windows-1252'
    const shown = windows1252(byte)
    throw new Unreadable(
      `The file is not UTF-8 text: it looks like ${encoding} ("${shown}" is byte 0x${byte.toString(16).toUpperCase()} there). ` +
        'Save it as "CSV UTF-8 (Comma delimited)" in Excel, or choose UTF-8 when exporting, and upload it again',
      delimiterOf ? { row, column: columnLetter(cell) } : { row },
    )
  }
  if (text.startsWith(BOM)) {
    problems.warning('The file starts with a byte-order mark (BOM); it was ignored')
    return text.slice(1)
  }
  return text
}
