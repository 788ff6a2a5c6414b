// A framework as an XLSX workbook in OpenSALT's layout (sheets "CF Doc", "CF Item", "CF Association"), every
// cell written as text so codes such as "1.10" survive, and neutralised against formula injection like every
// other export; the OpenSALT reader takes it back, apostrophes and all.
import * as XLSX from 'xlsx'
import { neutraliseCell } from '../export/neutralise'
import { OPENSALT_SHEETS } from '../import/opensalt'
import type { buildCasePackage } from './package'

type CasePackage = Awaited<ReturnType<typeof buildCasePackage>>

const DOC_HEADERS = ['identifier', 'creator', 'title', 'lastChangeDate', 'officialSourceURL', 'publisher', 'description', 'subject', 'language', 'version', 'adoptionStatus', 'statusStartDate', 'statusEndDate', 'licenseTitle', 'licenseText', 'notes']
const ITEM_HEADERS = ['identifier', 'fullStatement', 'humanCodingScheme', 'smartLevel', 'listEnumeration', 'abbreviatedStatement', 'conceptKeywords', 'notes', 'language', 'educationLevel', 'CFItemType', 'license']
const ASSOCIATION_HEADERS = ['identifier', 'originNodeIdentifier', 'originNodeHumanCodingScheme', 'associationType', 'destinationNodeHumanCodingScheme', 'destinationNodeIdentifier', 'associationGroupIdentifier', 'associationGroupName', 'sequenceNumber']

// "isChildOf" → "Is Child Of", as OpenSALT writes association types.
const spaced = (type: string) => type.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase())

// The workbook as XLSX bytes.
export function caseWorkbook(pkg: CasePackage): Buffer {
  const doc = pkg.CFDocument as Record<string, unknown> & typeof pkg.CFDocument
  const license = (doc.licenseURI as { title?: string } | undefined)?.title ?? ''
  const docRow = [doc.identifier, doc.creator, doc.title, doc.lastChangeDateTime, doc.officialSourceURL ?? '', doc.publisher ?? '', doc.description ?? '', '', '', doc.version ?? '', '', '', '', license, license, '']
  const items = pkg.CFItems.map((i) => [i.identifier, i.fullStatement, i.humanCodingScheme, '', '', '', '', '', '', (i.educationLevel ?? []).join(','), i.CFItemType, ''])
  const associations = pkg.CFAssociations.map((a) => {
    const grouping = 'CFAssociationGroupingURI' in a ? a.CFAssociationGroupingURI : undefined
    const sequence = 'sequenceNumber' in a ? String(a.sequenceNumber) : ''
    return [a.identifier, a.originNodeURI.identifier, a.originNodeURI.title, spaced(a.associationType), a.destinationNodeURI.title, a.destinationNodeURI.identifier, grouping?.identifier ?? '', grouping?.title ?? '', sequence]
  })
  const workbook = XLSX.utils.book_new()
  const add = (name: string, rows: unknown[][]) =>
    XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows.map((r) => r.map((v) => neutraliseCell(String(v ?? ''))))), name)
  add(OPENSALT_SHEETS.doc, [DOC_HEADERS, docRow])
  add(OPENSALT_SHEETS.item, [ITEM_HEADERS, ...items])
  add(OPENSALT_SHEETS.association, [ASSOCIATION_HEADERS, ...associations])
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
}
