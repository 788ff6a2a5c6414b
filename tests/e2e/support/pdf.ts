// Reading the PDFs Chromium prints (Skia), without a PDF library: the page count, and the text of every page.
// Skia writes each content stream Flate-compressed and its text as glyph ids in Type0 fonts, each font with a
// ToUnicode CMap; so: inflate the streams (node:zlib), read each font's CMap, and decode the strings that the
// Tj/TJ operators show with the font that Tf selected. Enough for "is this text on the page", not a general reader.
import { inflateSync } from 'node:zlib'

type PdfObject = { dict: string; stream?: Buffer }

function objectsOf(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1')
  const objects = new Map<number, PdfObject>()
  const header = /(\d+) 0 obj\b/g
  for (let match = header.exec(text); match; match = header.exec(text)) {
    const start = match.index + match[0].length
    const end = text.indexOf('endobj', start)
    const body = text.slice(start, end)
    const at = body.indexOf('stream')
    if (at < 0 || body.slice(0, at).includes('endstream')) {
      objects.set(Number(match[1]), { dict: body })
      continue
    }
    const dict = body.slice(0, at)
    let data = body.slice(at + 'stream'.length, body.lastIndexOf('endstream'))
    data = data.replace(/^\r?\n/, '').replace(/\r?\n$/, '')
    const raw = Buffer.from(data, 'latin1')
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw })
    header.lastIndex = start + body.length
  }
  return objects
}

const isPage = (dict: string) => /\/Type\s*\/Page(?![a-z])/.test(dict)

// How many pages the PDF has.
export function pdfPageCount(pdf: Buffer): number {
  return [...objectsOf(pdf).values()].filter((o) => isPage(o.dict)).length
}

// glyph code (hex) → text, from a ToUnicode CMap.
function readCMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>()
  const unicode = (hex: string) => String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)))
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set((src as string).toUpperCase(), unicode(dst as string))
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst] of (block[1] as string).matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const width = (lo as string).length
      for (let code = parseInt(lo as string, 16), i = 0; code <= parseInt(hi as string, 16); code++, i++) {
        const first = parseInt((dst as string).slice(-4), 16) + i
        map.set(code.toString(16).toUpperCase().padStart(width, '0'), unicode((dst as string).slice(0, -4) + first.toString(16).padStart(4, '0')))
      }
    }
  }
  return map
}

const refs = (text: string) => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]))

// The text of each page, words separated by spaces where the PDF positions them apart.
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = objectsOf(pdf)
  const dictOf = (ref: string) => (/^\d+ 0 R$/.test(ref.trim()) ? (objects.get(refs(ref)[0] as number)?.dict ?? '') : ref)
  const cmaps = new Map<number, Map<string, string>>()
  const cmapOfFont = (fontId: number) => {
    if (!cmaps.has(fontId)) {
      const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontId)?.dict ?? '')
      const stream = toUnicode ? objects.get(Number(toUnicode[1]))?.stream : undefined
      cmaps.set(fontId, readCMap(stream?.toString('latin1') ?? ''))
    }
    return cmaps.get(fontId) as Map<string, string>
  }
  return [...objects.values()]
    .filter((o) => isPage(o.dict))
    .map((page) => {
      const resources = dictOf(/\/Resources\s*(\d+ 0 R|<<[\s\S]*>>)/.exec(page.dict)?.[1] ?? '')
      const fontDict = dictOf(/\/Font\s*(\d+ 0 R|<<[^>]*>>)/.exec(resources)?.[1] ?? '')
      const fonts = new Map([...fontDict.matchAll(/\/([\w.+-]+)\s+(\d+) 0 R/g)].map((m) => [m[1] as string, Number(m[2])]))
      const contentIds = refs(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/.exec(page.dict)?.[1] ?? '')
      const content = contentIds.map((id) => objects.get(id)?.stream?.toString('latin1') ?? '').join('\n')
      return decodeContent(content, (name) => cmapOfFont(fonts.get(name) ?? -1))
    })
}

function decodeContent(content: string, cmapOf: (fontName: string) => Map<string, string>): string {
  let cmap = new Map<string, string>()
  const out: string[] = []
  const show = (hex: string) => {
    const width = [...cmap.keys()][0]?.length ?? 4
    for (let i = 0; i < hex.length; i += width) out.push(cmap.get(hex.slice(i, i + width).toUpperCase()) ?? '')
  }
  const token = /\/([\w.+-]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj|\b(ET|Td|TD|Tm|T\*)\b/g
  for (let m = token.exec(content); m; m = token.exec(content)) {
    if (m[1]) cmap = cmapOf(m[1])
    else if (m[2] !== undefined) {
      for (const part of (m[2] as string).matchAll(/<([0-9a-fA-F]*)>|(-?[\d.]+)/g)) {
        if (part[1] !== undefined) show(part[1])
        else if (Number(part[2]) < -200) out.push(' ')
      }
    } else if (m[3] !== undefined) show(m[3])
    else out.push(' ')
  }
  return out.join('').replace(/[ \t]+/g, ' ')
}

// True when the text holds the words, whatever the spacing between them (print may set a space as a gap).
export function holdsText(text: string, words: string): boolean {
  const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase()
  return squash(text).includes(squash(words))
}
