// Zip-bomb guard for XLSX files: reads the sizes the zip's central directory declares for each part and refuses
// the file before SheetJS inflates anything when the total or any part's compression ratio is beyond the limits.
import { LIMITS, megabytes } from './limits'
import { Unreadable } from './model'

const END_OF_DIRECTORY = 0x06054b50
const DIRECTORY_ENTRY = 0x02014b50

function findEndOfDirectory(buf: Buffer): number {
  const earliest = Math.max(0, buf.length - 22 - 0xffff)
  for (let at = buf.length - 22; at >= earliest; at--) {
    if (buf.readUInt32LE(at) === END_OF_DIRECTORY) return at
  }
  throw new Unreadable('This is not a readable XLSX workbook (no zip directory found); save it again as .xlsx')
}

// Throws Unreadable when the workbook would inflate past LIMITS.uncompressedBytes or a part is a likely bomb.
export function checkZipSizes(buf: Buffer): void {
  if (buf.length < 22) throw new Unreadable('This file is too short to be an XLSX workbook')
  const end = findEndOfDirectory(buf)
  const entries = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  let total = 0
  for (let i = 0; i < entries; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== DIRECTORY_ENTRY) {
      throw new Unreadable('The workbook\'s zip directory is damaged; save it again as .xlsx')
    }
    const compressed = buf.readUInt32LE(at + 20)
    const size = buf.readUInt32LE(at + 24)
    const nameLength = buf.readUInt16LE(at + 28)
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength)
    if (size === 0xffffffff || compressed === 0xffffffff) {
      throw new Unreadable(`Part ${name} of the workbook is over 4 GB uncompressed (ZIP64); refused`)
    }
    if (size > 1024 * 1024 && size / Math.max(compressed, 1) > LIMITS.compressionRatio) {
      throw new Unreadable(`Part ${name} of the workbook expands ${Math.round(size / Math.max(compressed, 1))} times (a zip bomb?); refused`)
    }
    total += size
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32)
  }
  if (total > LIMITS.uncompressedBytes) {
    throw new Unreadable(`The workbook expands to ${megabytes(total)}, over the limit of ${megabytes(LIMITS.uncompressedBytes)}; split it into smaller files`)
  }
}
