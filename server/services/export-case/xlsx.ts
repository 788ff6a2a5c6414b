// A framework as an XLSX workbook in OpenSALT's layout (sheets "CF Doc", "CF Item", "CF Association"), every
// cell written as text so codes such as "1.10" survive, and neutralised against formula injection like every
// other export; the OpenSALT reader takes it back, apostrophes and all. Columns an imported workbook had beyond
// OpenSALT's come back after them, as they were.
import * as XLSX from 'xlsx'
import { neutraliseCell } from '../export/neutralise'
import { isObject, text, type Json } from '../import/case-extra'
import { OPENSALT_SHEETS } from '../import/opensalt'
import type { CasePackage, SheetColumns } from './package'

const DOC_HEADERS = ['identifier', 'creator', 'title', 'lastChangeDate', 'officialSourceURL', 'publisher', 'description', 'subject', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseTitle', 'licenseText', 'notes']
const ITEM_HEADERS = ['identifier', 'fullStatement', 'humanCodingScheme', 'smartLevel', 'listEnumeration', 'abbreviatedStatement', 'conceptKeywords', 'notes', 'language', 'educationLevel', 'CFItemType', 'license']
const ASSOCIATION_HEADERS = ['identifier', 'originNodeIdentifier', 'originNodeHumanCodingScheme', 'associationType', 'destinationNodeHumanCodingScheme', 'destinationNodeIdentifier', 'associationGroupIdentifier', 'associationGroupName', 'sequenceNumber']

// "isChildOf" → "Is Child Of", as OpenSALT writes association types.
const spaced = (type: string) => type.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase())

// A field as cell text: lists comma-separated, links by title.
function cell(value: unknown): string {
  if (Array.isArray(value)) return value.map(cell).join(',')
  if (isObject(value)) return text(value.title) ?? ''
  return value === undefined || value === null ? '' : String(value)
}

// The headers of a sheet: OpenSALT's, then the kept columns in the order first met.
const headersOf = (standard: readonly string[], kept: Iterable<Record<string, string>>) => {
  const headers = [...standard]
  for (const columns of kept) for (const header of Object.keys(columns)) if (!headers.includes(header)) headers.push(header)
  return headers
}

// The workbook as XLSX bytes.
export function caseWorkbook(pkg: CasePackage, sheets: SheetColumns = { document: {}, items: new Map() }): Buffer {
  const doc = pkg.CFDocument
  const docValue: Record<string, (d: Json) => unknown> = {
    lastChangeDate: (d) => d.lastChangeDateTime,
    licenseTitle: (d) => d.licenseURI,
    licenseText: (d) => d.licenseURI,
  }
  const docHeaders = headersOf(DOC_HEADERS, [sheets.document])
  const docRow = docHeaders.map((h) => sheets.document[h] ?? cell(docValue[h] ? docValue[h](doc) : doc[h]))
  const itemHeaders = headersOf(ITEM_HEADERS, sheets.items.values())
  const items = pkg.CFItems.map((item) => {
    const kept = sheets.items.get(String(item.identifier)) ?? {}
    return itemHeaders.map((h) => kept[h] ?? cell(h === 'license' ? item.licenseURI : item[h]))
  })
  const associations = pkg.CFAssociations.map((a) => {
    const origin = isObject(a.originNodeURI) ? a.originNodeURI : {}
    const destination = isObject(a.destinationNodeURI) ? a.destinationNodeURI : {}
    const grouping = isObject(a.CFAssociationGroupingURI) ? a.CFAssociationGroupingURI : {}
    return [a.identifier, origin.identifier, origin.title, spaced(String(a.associationType)), destination.title, destination.identifier, grouping.identifier, grouping.title, a.sequenceNumber].map(cell)
  })
  const workbook = XLSX.utils.book_new()
  const add = (name: string, rows: unknown[][]) =>
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => neutraliseCell(String(v ?? ''))))), name)
  add(OPENSALT_SHEETS.doc, [docHeaders, docRow])
  add(OPENSALT_SHEETS.item, [itemHeaders, ...items])
  add(OPENSALT_SHEETS.association, [ASSOCIATION_HEADERS, ...associations])
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
}
