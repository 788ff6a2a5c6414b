// OpenSALT's spreadsheet layout (sheets "CF Doc", "CF Item", "CF Association") turned into a CASE package object
// and read by the CASE reader, so both formats follow the same rules; problems name the sheet, row and column.
import type { WorkBook } from 'xlsx'
import { restoreCell } from '../export/neutralise'
import { readCasePackage, type Locate } from './case-read'
import { Unreadable, type ParsedFramework, type Problems } from './model'
import { columnLetter, readSheet, type Grid } from './workbook'

export const OPENSALT_SHEETS = { doc: 'CF Doc', item: 'CF Item', association: 'CF Association' } as const

type Row = Record<string, string>

// Each row by header. Rungs' own export neutralised formula-like text with an apostrophe; it comes off again.
function records(grid: Grid): Row[] {
  const headers = grid.rows[0] ?? []
  return grid.rows.slice(1).map((cells) => Object.fromEntries(headers.map((h, i) => [h, restoreCell(cells[i] ?? '')])))
}

// "Is Child Of" → "isChildOf"; a type already in camel case is kept.
const camelType = (type: string) => {
  const words = type.trim().split(/\s+/)
  return words.length === 1 ? type.trim().replace(/^./, (c) => c.toLowerCase()) : words.map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1).toLowerCase())).join('')
}

const link = (identifier: string) => ({ title: '', identifier, uri: `urn:uuid:${identifier}` })

// True when the workbook has OpenSALT's item sheet.
export const isOpenSaltWorkbook = (workbook: WorkBook): boolean => workbook.SheetNames.includes(OPENSALT_SHEETS.item)

// Reads an OpenSALT workbook.
export function readOpenSalt(workbook: WorkBook, problems: Problems): ParsedFramework {
  for (const name of Object.values(OPENSALT_SHEETS)) {
    if (!workbook.SheetNames.includes(name)) throw new Unreadable(`An OpenSALT workbook needs a sheet "${name}"`)
  }
  const grids = {
    doc: readSheet(workbook, OPENSALT_SHEETS.doc, problems),
    item: readSheet(workbook, OPENSALT_SHEETS.item, problems),
    association: readSheet(workbook, OPENSALT_SHEETS.association, problems),
  }
  const [doc] = records(grids.doc)
  if (!doc) throw new Unreadable('Sheet "CF Doc" has no document row under its headers', { sheet: OPENSALT_SHEETS.doc, row: 2 })
  const items = records(grids.item)
  const byCode = new Map(items.map((i) => [i.humanCodingScheme, i.identifier]))
  const levelOf = new Map(items.map((i) => [i.identifier?.toLowerCase(), i.smartLevel]))
  const associations = records(grids.association).map((a) => {
    const origin = a.originNodeIdentifier || byCode.get(a.originNodeHumanCodingScheme ?? '') || ''
    const type = camelType(a.associationType ?? '')
    const smart = levelOf.get(origin.toLowerCase())?.split('.').pop()
    const given = a.sequenceNumber && Number.isFinite(Number(a.sequenceNumber)) ? Number(a.sequenceNumber) : a.sequenceNumber
    const sequence = given || (type === 'isChildOf' && smart && /^\d+$/.test(smart) ? Number(smart) : undefined)
    return {
      identifier: a.identifier, associationType: type, sequenceNumber: sequence,
      originNodeURI: link(origin), destinationNodeURI: link(a.destinationNodeIdentifier || byCode.get(a.destinationNodeHumanCodingScheme ?? '') || ''),
      ...(a.associationGroupName ? { CFAssociationGroupingURI: { title: a.associationGroupName } } : {}),
    }
  })
  const pkg = {
    CFDocument: { ...doc, licenseURI: doc.licenseTitle ? { title: doc.licenseTitle } : undefined },
    CFItems: items.map((i) => ({ ...i, educationLevel: i.educationLevel ? i.educationLevel.split(',') : undefined })),
    CFAssociations: associations,
  }
  const sheets = { CFDocument: grids.doc, CFItems: grids.item, CFAssociations: grids.association }
  const at: Locate = (collection, index, field) => {
    const grid = sheets[collection]
    const column = field ? (grid.rows[0] ?? []).indexOf(field) : -1
    return { sheet: grid.name, row: index + 2, ...(column >= 0 ? { column: `${columnLetter(column)} (${field})` } : {}) }
  }
  return readCasePackage(pkg, problems, 'opensalt', at)
}
