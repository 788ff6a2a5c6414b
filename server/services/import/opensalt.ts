// OpenSALT's spreadsheet layout (sheets "CF Doc", "CF Item", "CF Association") turned into a CASE package object
// and read by the CASE reader, so both formats follow the same rules; problems name the sheet, row and column.
import type { WorkBook } from 'xlsx'
import { restoreCell } from '../export/neutralise'
import { nameUuid } from '../export-case/ids'
import { readCasePackage, type Locate } from './case-read'
import { Unreadable, type ParsedFramework, type Problems } from './model'
import { columnLetter, readSheet, type Grid } from './workbook'

export const OPENSALT_SHEETS = { doc: 'CF Doc', item: 'CF Item', association: 'CF Association' } as const

type Row = Record<string, string>

// Columns that hold CASE fields, by sheet; lists of text are comma-separated in a cell. Any other column (OpenSALT's
// smartLevel, licence text, a publisher's own) is kept as it is, so an XLSX export writes it back.
const DOC_FIELDS = ['identifier', 'creator', 'title', 'officialSourceURL', 'publisher', 'description', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'notes', 'frameworkType']
const ITEM_FIELDS = ['identifier', 'fullStatement', 'alternativeLabel', 'CFItemType', 'humanCodingScheme', 'listEnumeration', 'abbreviatedStatement', 'notes', 'language', 'statusStartDate', 'statusEndDate']
const LIST_FIELDS = ['subject', 'conceptKeywords', 'educationLevel']
// Rebuilt on every export, so not kept.
const REBUILT = new Set(['lastChangeDate', 'lastChangeDateTime'])

const list = (cell: string) => cell.split(',').map((v) => v.trim()).filter(Boolean)

// A row as CASE fields (empty cells left out) and its other columns.
function split(row: Row, fields: readonly string[]): { fields: Record<string, unknown>; sheet: Record<string, string> } {
  const out: Record<string, unknown> = {}
  const sheet: Record<string, string> = {}
  for (const [header, value] of Object.entries(row)) {
    if (fields.includes(header)) {
      if (value) out[header] = value
    } else if (LIST_FIELDS.includes(header)) {
      if (value) out[header] = list(value)
    } else if (header && !REBUILT.has(header) && value) sheet[header] = value
  }
  return { fields: out, sheet }
}

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
// A link to a definition the sheet names by title (and perhaps identifier), with the identifier a CASE export gives it.
const definitionLink = (title: string, identifier: string | undefined, kind: string) => {
  const id = identifier || nameUuid(`${kind}:${title}`)
  return { title, identifier: id, uri: `urn:uuid:${id}` }
}

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
  const associationRows = records(grids.association)
  const associations = associationRows.map((a) => {
    const origin = a.originNodeIdentifier || byCode.get(a.originNodeHumanCodingScheme ?? '') || ''
    const type = camelType(a.associationType ?? '')
    const smart = levelOf.get(origin.toLowerCase())?.split('.').pop()
    const given = a.sequenceNumber && Number.isFinite(Number(a.sequenceNumber)) ? Number(a.sequenceNumber) : a.sequenceNumber
    const sequence = given || (type === 'isChildOf' && smart && /^\d+$/.test(smart) ? Number(smart) : undefined)
    return {
      identifier: a.identifier, associationType: type, sequenceNumber: sequence,
      originNodeURI: link(origin), destinationNodeURI: link(a.destinationNodeIdentifier || byCode.get(a.destinationNodeHumanCodingScheme ?? '') || ''),
      ...(a.associationGroupName || a.associationGroupIdentifier
        ? { CFAssociationGroupingURI: definitionLink(a.associationGroupName ?? '', a.associationGroupIdentifier, 'grouping') }
        : {}),
    }
  })
  const document = split(doc, DOC_FIELDS)
  const license = doc.licenseTitle ? { licenseURI: definitionLink(doc.licenseTitle, undefined, 'license') } : {}
  const rows = items.map((row) => split(row, ITEM_FIELDS))
  const pkg = {
    CFDocument: { ...document.fields, ...license },
    CFItems: rows.map((row) => row.fields),
    CFAssociations: associations,
  }
  const sheets = { CFDocument: grids.doc, CFItems: grids.item, CFAssociations: grids.association }
  const at: Locate = (collection, index, field) => {
    const grid = sheets[collection]
    const column = field ? (grid.rows[0] ?? []).indexOf(field) : -1
    return { sheet: grid.name, row: index + 2, ...(column >= 0 ? { column: `${columnLetter(column)} (${field})` } : {}) }
  }
  const parsed = readCasePackage(pkg, problems, 'opensalt', at)
  const sheetOf = new Map(rows.map((row) => [String(row.fields.identifier ?? '').toLowerCase(), row.sheet]))
  for (const item of parsed.items) {
    const sheet = sheetOf.get(item.key)
    if (item.extra && sheet && Object.keys(sheet).length) item.extra.sheet = sheet
  }
  if (parsed.extra && Object.keys(document.sheet).length) parsed.extra.sheet = document.sheet
  return parsed
}
