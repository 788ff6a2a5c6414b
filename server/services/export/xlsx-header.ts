// Bold, frozen header rows for SheetJS Community Edition. CE writes neither cell styles nor frozen panes
// (both are SheetJS Pro features): it ignores a cell's `s`, and its writer emits a bare <sheetView/> whatever
// `!views` or `!freeze` say (checked on 0.20.3). Both are small, well-defined parts of SpreadsheetML, so the
// package SheetJS wrote is patched through the zip reader and writer SheetJS ships (XLSX.CFB): one bold font
// and cell format in xl/styles.xml, that format on every cell of row 1, and a frozen pane in the sheet's view.
// Each patch checks that the XML looks as expected and throws otherwise, so a SheetJS upgrade that changes its
// output fails the export tests instead of writing a broken workbook.
import * as XLSX from 'xlsx'

// Rows and columns to keep in view while scrolling; none for a sheet that scrolls freely.
export type Freeze = { rows: number; columns: number } | null

type ZipEntry = { content: Uint8Array; size: number }

function patch(zip: unknown, path: string, change: (xml: string) => string): void {
  const entry = XLSX.CFB.find(zip, path) as ZipEntry | null
  if (!entry) throw new Error(`The workbook has no ${path}`)
  const before = Buffer.from(entry.content).toString('utf8')
  const after = change(before)
  entry.content = Buffer.from(after, 'utf8')
  entry.size = entry.content.length
}

function replaceOnce(xml: string, pattern: RegExp, replacement: (...match: string[]) => string): string {
  if (!pattern.test(xml)) throw new Error(`Unexpected SpreadsheetML from SheetJS: no match for ${pattern}`)
  return xml.replace(pattern, replacement)
}

// Adds a bold copy of font 0 and a cell format using it; returns the styles and that format's index.
function addBoldFormat(styles: string): { styles: string; format: number } {
  let format = -1
  // The bold font goes right after font 0, which would shift any later font (SheetJS writes none): refuse those.
  let xml = replaceOnce(styles, /<fonts count="1">(<font>(.*?)<\/font>)<\/fonts>/, (_, font, inner) =>
    `<fonts count="2">${font}<font><b/>${inner}</font></fonts>`,
  )
  xml = replaceOnce(xml, /<cellXfs count="(\d+)">(.*?)<\/cellXfs>/s, (_, count, formats) => {
    format = Number(count)
    return `<cellXfs count="${format + 1}">${formats}<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>`
  })
  return { styles: xml, format }
}

const columnName = (index: number) => XLSX.utils.encode_col(index)

function frozenPane({ rows, columns }: { rows: number; columns: number }): string {
  const active = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight'
  const splits = `${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''}`
  return `<pane${splits} topLeftCell="${columnName(columns)}${rows + 1}" activePane="${active}" state="frozen"/><selection pane="${active}"/>`
}

// The workbook with row 1 of every sheet bold and each sheet's `freeze` (by sheet order) applied.
export function boldAndFreezeHeaders(xlsx: Buffer, freeze: readonly Freeze[]): Buffer {
  const zip = XLSX.CFB.read(xlsx, { type: 'buffer' })
  let format = -1
  patch(zip, '/xl/styles.xml', (styles) => {
    const bold = addBoldFormat(styles)
    format = bold.format
    return bold.styles
  })
  freeze.forEach((pane, index) => {
    patch(zip, `/xl/worksheets/sheet${index + 1}.xml`, (sheet) => {
      // An empty sheet has no row 1 to make bold.
      let xml = sheet.includes('<sheetData/>')
        ? sheet
        : replaceOnce(sheet, /<row r="1"([^>]*)>(.*?)<\/row>/s, (_, attributes, cells) =>
            `<row r="1"${attributes}>${cells.replace(/<c (?![^>]*\bs=")/g, `<c s="${format}" `)}</row>`,
          )
      if (pane) xml = replaceOnce(xml, /<sheetView workbookViewId="0"\/>/, () => `<sheetView workbookViewId="0">${frozenPane(pane)}</sheetView>`)
      return xml
    })
  })
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array)
}
