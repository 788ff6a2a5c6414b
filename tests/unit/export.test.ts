// Spreadsheet safety and CSV as RFC 4180 writes it.
import { describe, expect, it } from 'vitest'
import * as XLSX from 'xlsx'
import { csvField, csvStream, tableLines } from '../../server/services/export/csv'
import { neutraliseCell, restoreCell } from '../../server/services/export/neutralise'
import { toXlsx, widthsOf } from '../../server/services/export/xlsx'

describe('neutraliseCell', () => {
  it('prefixes an apostrophe to text a spreadsheet would run as a formula', () => {
    for (const text of ['=cmd()', '+1+1', '-2+3', '@SUM(A1:A9)', '\t=1+1', '\r=1+1', '  =HYPERLINK("x")', ' -1']) {
      expect(neutraliseCell(text)).toBe(`'${text}`)
    }
  })

  it('leaves other text alone, including the characters anywhere but at the start', () => {
    for (const text of ['', 'MFG 140', 'a=b', 'x - y', 'mail@example.org', "'quoted", '  indented item', '±0.001 in']) {
      expect(neutraliseCell(text)).toBe(text)
    }
  })
})

describe('restoreCell', () => {
  it('takes off exactly the apostrophe neutraliseCell added, and nothing else', () => {
    for (const text of ['=cmd()', '+1+1', '-2+3', '@SUM(A1:A9)', '  =HYPERLINK("x")', 'MFG 140', "'quoted", "''=x", '']) {
      expect(restoreCell(neutraliseCell(text))).toBe(text)
    }
    expect(restoreCell("'plain")).toBe("'plain")
  })
})

describe('CSV', () => {
  it('quotes a field with a comma, a quote or a line break, doubling quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('cr\rlf')).toBe('"cr\rlf"')
  })

  it('quotes leading and trailing spaces, writes numbers as they are and empty cells as nothing', () => {
    expect(csvField('   indented')).toBe('"   indented"')
    expect(csvField('trailing ')).toBe('"trailing "')
    expect(csvField(3)).toBe('3')
    expect(csvField(-1.5)).toBe('-1.5')
    expect(csvField(null)).toBe('')
    expect(csvField(undefined)).toBe('')
  })

  it('neutralises formulas before quoting', () => {
    expect(csvField('=cmd()')).toBe("'=cmd()")
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`)
    expect(csvField('   =1+1')).toBe("'   =1+1")
  })

  it('writes a BOM, the header and rows with CRLF line ends', async () => {
    const stream = csvStream(tableLines({ header: ['Kind', 'Message'], rows: [['uncovered', 'No module, yet'], ['no_credential', null]] }))
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await new Response(stream).arrayBuffer())
    expect(csv).toBe('\uFEFFKind,Message\r\nuncovered,"No module, yet"\r\nno_credential,\r\n')
  })
})

describe('XLSX', () => {
  it('writes bold, frozen header rows and column widths; an empty sheet stays empty', () => {
    const rows = [['Code', 'Statement'], ['=1+1', 'Read a micrometer'], ['A-2', null]]
    const file = toXlsx([
      { name: 'Items', rows, widths: widthsOf(rows), freeze: { rows: 1, columns: 1 } },
      { name: 'Nothing', rows: [], widths: [], freeze: { rows: 1, columns: 0 } },
    ])
    const book = XLSX.read(file, { cellStyles: true })
    expect(book.SheetNames).toEqual(['Items', 'Nothing'])
    expect(XLSX.utils.sheet_to_json(book.Sheets.Items!, { header: 1 })).toEqual([['Code', 'Statement'], ["'=1+1", 'Read a micrometer'], ['A-2']])
    expect(book.Sheets.Items!['!cols']!.map((c) => c.wch)).toEqual([6, 18])
    const zip = XLSX.CFB.read(file, { type: 'buffer' })
    const items = Buffer.from(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml').content).toString('utf8')
    expect(items).toContain('<pane xSplit="1" ySplit="1" topLeftCell="B2" activePane="bottomRight" state="frozen"/>')
    expect(items).toMatch(/<row r="1"[^>]*><c s="1" r="A1"[^>]*>.*?<c s="1" r="B1"/)
    expect(items).toMatch(/<c r="A2"/)
  })
})
