// Turning uploaded bytes into text: UTF-8 only, with a byte-order mark tolerated and invalid bytes located.
import { Unreadable, type Problems } from './model'

const BOM = '\uFEFF'

// Decodes UTF-8, removing a BOM (with a warning); other encodings are refused naming the first bad line.
export function decodeUtf8(buf: Buffer, problems: Problems): string {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf)
  } catch {
    const decoded = buf.toString('utf8')
    const bad = decoded.indexOf('\uFFFD')
    const line = decoded.slice(0, Math.max(bad, 0)).split('\n').length
    throw new Unreadable('The file is not UTF-8 (it looks like Windows-1252 or Latin-1 text); save it as "CSV UTF-8" and upload it again', { row: line })
  }
  if (text.startsWith(BOM)) {
    problems.warning('The file starts with a byte-order mark (BOM); it was ignored')
    return text.slice(1)
  }
  return text
}
