// CASE 1.0 and 1.1 JSON shapes of Rungs rows: CFDocument, CFItem and CFAssociation. A row imported from CASE starts
// from the object it was imported from (case_extra); each field Rungs holds in a column is written from the column
// when it was changed since (it no longer matches what the import read from the object), so nothing is lost and
// nothing edited is undone. Rows made in Rungs are written from their columns alone.
import { FRAMEWORK_STATUS_LABELS, type CompetencyKind, type FrameworkStatus, type LinkRelation } from '../../../shared/domain/vocabulary'
import {
  documentColumns, isObject, levelColumn, parseExtra, text, type FrameworkExtra, type ItemExtra, type Json, type LinkExtra,
} from '../import/case-extra'
import { LINKED, REQUIRES_GROUPING } from '../import/case-read'
import { itemTypeOf } from '../import/kinds'
import { childAssociationId, linkAssociationId, nameUuid } from './ids'
import { forVersion, type CaseVersion } from './versions'

export type DocumentRow = {
  uuid: string; title: string; publisher: string | null; version: string | null; source: string | null; license: string | null
  description: string | null; status: FrameworkStatus; updatedAt: string; caseExtra: string | null
}
export type ItemRow = {
  uuid: string; code: string; statement: string; kind: CompetencyKind; level: string | null; position: number; updatedAt: string
  parentUuid: string | null; caseExtra: string | null; codeGenerated: number
}
export type LinkRow = { id: number; relation: LinkRelation; fromUuid: string; fromCode: string; toUuid: string; toCode: string; caseExtra: string | null }

// Where URIs point: the CASE read API of this server when its address is known, else urn:uuid: names.
export type Uris = { document: (uuid: string) => string; item: (uuid: string) => string; association: (uuid: string) => string; definition: (uuid: string) => string }

// What every shape needs: where URIs point and the CASE version written.
export type Target = { uris: Uris; version: CaseVersion }

// URIs under `base` (e.g. https://rungs.example.org), in the read API of `version` (/ims/case/v1p0 or /v1p1), or
// urn:uuid: when there is no base.
export function urisFor(base: string | null, version: CaseVersion = '1.0'): Uris {
  const api = `/ims/case/v${version.replace('.', 'p')}`
  const at = (kind: string) => (uuid: string) => (base ? `${base}${api}/${kind}/${uuid}` : `urn:uuid:${uuid}`)
  return { document: at('CFDocuments'), item: at('CFItems'), association: at('CFAssociations'), definition: at('CFItemTypes') }
}

const RELATION_TYPES: Record<LinkRelation, string> = { equivalent: 'exactMatchOf', related: 'isRelatedTo', precedes: 'precedes', requires: 'isRelatedTo' }
export const stamp = (iso: string) => iso.replace(/\.\d{3}Z$/, '+00:00')
const isUrl = (value: string | null): value is string => !!value && /^https?:\/\/\S+$/.test(value)

// Sets a field to a column's value, or removes it when the column is empty.
function put(out: Json, field: string, value: unknown) {
  if (value === null || value === undefined || value === '') delete out[field]
  else out[field] = value
}

// A link to a definition (item type, licence, grouping) named by a title.
export const definitionLink = (kind: string, title: string, uris: Uris) => ({ title, identifier: nameUuid(`${kind}:${title}`), uri: uris.definition(nameUuid(`${kind}:${title}`)) })

// The version a framework is exported in when none is asked for: the one it was imported in, else 1.0.
export const defaultVersion = (doc: DocumentRow): CaseVersion => (parseExtra<FrameworkExtra>(doc.caseExtra)?.document.caseVersion === '1.1' ? '1.1' : '1.0')

// The CFDocument of a framework.
export function caseDocument(doc: DocumentRow, { uris, version }: Target) {
  const extra = parseExtra<FrameworkExtra>(doc.caseExtra)
  const kept = extra?.document ?? {}
  const read = documentColumns(kept)
  const out: Json = { ...kept, identifier: doc.uuid, uri: uris.document(doc.uuid) }
  if (read.title !== doc.title) out.title = doc.title
  if (read.publisher !== doc.publisher) put(out, 'publisher', doc.publisher)
  if (typeof out.creator !== 'string' || !out.creator) out.creator = doc.publisher ?? 'Rungs'
  if (read.version !== doc.version) put(out, 'version', doc.version)
  if (read.description !== doc.description) put(out, 'description', doc.description)
  if (read.source !== doc.source) put(out, 'officialSourceURL', isUrl(doc.source) ? doc.source : null)
  if (read.license !== doc.license) put(out, 'licenseURI', doc.license ? definitionLink('license', doc.license, uris) : null)
  // A file's own wording of the status stays while it means the status the framework has; no status reads as adopted.
  if (!extra || (read.status ?? 'adopted') !== doc.status) out.adoptionStatus = FRAMEWORK_STATUS_LABELS[doc.status]
  out.lastChangeDateTime = stamp(doc.updatedAt)
  // Rungs' own frameworks name their package (optional in 1.0); an imported one does as its file did.
  if (version === '1.0' && !extra) out.CFPackageURI = documentLink(doc, uris)
  return forVersion('CFDocument', out, version)
}

const documentLink = (doc: DocumentRow, uris: Uris) => ({ title: doc.title, identifier: doc.uuid, uri: uris.document(doc.uuid) })

// A node link kept from the file when it still names the same node, else one built from the row.
// (An empty title, which some publishers write, is filled in with the node's code or title.)
const nodeLink = (kept: unknown, identifier: string, title: string, uri: string) =>
  isObject(kept) && text(kept.identifier)?.toLowerCase() === identifier ? { ...kept, identifier, title: text(kept.title) ?? title, uri: text(kept.uri) ?? uri } : { title, identifier, uri }

// The CFItem of a competency.
export function caseItem(item: ItemRow, doc: DocumentRow, { uris, version }: Target) {
  const extra = parseExtra<ItemExtra>(item.caseExtra)
  const kept = extra?.item ?? {}
  const out: Json = { ...kept, identifier: item.uuid, uri: uris.item(item.uuid) }
  if (text(kept.fullStatement) !== item.statement) out.fullStatement = item.statement
  if (item.codeGenerated) delete out.humanCodingScheme
  else if (text(kept.humanCodingScheme) !== item.code) out.humanCodingScheme = item.code
  if (levelColumn(kept.educationLevel) !== item.level) put(out, 'educationLevel', item.level?.split(','))
  // An imported item keeps its own type, or its lack of one; a kind changed in Rungs (or a Rungs item) writes the kind.
  if (!extra || extra.kind !== item.kind) {
    out.CFItemType = itemTypeOf(item.kind)
    out.CFItemTypeURI = definitionLink('type', itemTypeOf(item.kind), uris)
  }
  out.lastChangeDateTime = stamp(item.updatedAt)
  if (!extra || 'CFDocumentURI' in kept) out.CFDocumentURI = documentLink(doc, uris)
  return forVersion('CFItem', out, version)
}

// The isChildOf association placing a competency under its parent (or the document), ordered by position; null for
// an imported item that had none and still sits at the top.
export function childAssociation(item: ItemRow, doc: DocumentRow, { uris, version }: Target, parentCode: string | null) {
  const extra = parseExtra<ItemExtra>(item.caseExtra)
  if (extra && extra.childOf === null && item.parentUuid === null) return null
  const kept = extra?.childOf ?? {}
  const id = text(kept.identifier) ?? childAssociationId(item.uuid)
  const destination = item.parentUuid
    ? nodeLink(kept.destinationNodeURI, item.parentUuid, parentCode ?? '', uris.item(item.parentUuid))
    : nodeLink(kept.destinationNodeURI, doc.uuid, doc.title, uris.document(doc.uuid))
  const out: Json = {
    ...kept,
    identifier: id,
    associationType: 'isChildOf',
    uri: uris.association(id),
    originNodeURI: nodeLink(kept.originNodeURI, item.uuid, item.code, uris.item(item.uuid)),
    destinationNodeURI: destination,
    lastChangeDateTime: stamp(item.updatedAt),
    ...(!extra?.childOf || 'CFDocumentURI' in kept ? { CFDocumentURI: documentLink(doc, uris) } : {}),
  }
  // The file's sequence number (or its lack of one) while the item keeps the place the import gave it.
  const keptParent = isObject(kept.destinationNodeURI) ? text(kept.destinationNodeURI.identifier)?.toLowerCase() : undefined
  const inPlace = !!extra?.childOf && extra.position === item.position && keptParent === (item.parentUuid ?? doc.uuid)
  if (!inPlace) out.sequenceNumber = item.position + 1
  return forVersion('CFAssociation', out, version)
}

// The association type a kept association reads back as, or null.
const relationOf = (kept: Json): LinkRelation | null => {
  const type = text(kept.associationType)
  const grouping = isObject(kept.CFAssociationGroupingURI) ? text(kept.CFAssociationGroupingURI.title) : null
  return type === 'isRelatedTo' && grouping === REQUIRES_GROUPING ? 'requires' : type ? (LINKED[type] ?? null) : null
}

// The association of a competency link; "requires" travels as isRelatedTo in a grouping named "requires".
export function linkAssociation(link: LinkRow, doc: DocumentRow, { uris, version }: Target) {
  const kept = parseExtra<LinkExtra>(link.caseExtra)?.association ?? {}
  const id = text(kept.identifier) ?? linkAssociationId(link.fromUuid, link.id)
  const out: Json = {
    ...kept,
    identifier: id,
    uri: uris.association(id),
    originNodeURI: nodeLink(kept.originNodeURI, link.fromUuid, link.fromCode, uris.item(link.fromUuid)),
    destinationNodeURI: nodeLink(kept.destinationNodeURI, link.toUuid, link.toCode, uris.item(link.toUuid)),
    lastChangeDateTime: stamp(doc.updatedAt),
    ...(!link.caseExtra || 'CFDocumentURI' in kept ? { CFDocumentURI: documentLink(doc, uris) } : {}),
  }
  if (relationOf(kept) !== link.relation) {
    out.associationType = RELATION_TYPES[link.relation]
    put(out, 'CFAssociationGroupingURI', link.relation === 'requires' ? definitionLink('grouping', REQUIRES_GROUPING, uris) : null)
  }
  return forVersion('CFAssociation', out, version)
}

// CASE 1.0's association types: a 1.1 package's others (isTranslationOf, "ext:…") have no 1.0 form.
const TYPES_1_0 = new Set(['isChildOf', 'isPeerOf', 'isPartOf', 'exactMatchOf', 'precedes', 'isRelatedTo', 'replacedBy', 'exemplar', 'hasSkillLevel'])

// An association Rungs keeps no link for, as the file gave it; null when the version has no such type.
export function keptAssociation(kept: Json, doc: DocumentRow, { uris, version }: Target) {
  if (version === '1.0' && !TYPES_1_0.has(String(kept.associationType))) return null
  const id = text(kept.identifier) ?? nameUuid(`association:${JSON.stringify(kept)}`)
  const out = { ...kept, identifier: id, uri: uris.association(id), lastChangeDateTime: stamp(doc.updatedAt), ...('CFDocumentURI' in kept ? { CFDocumentURI: documentLink(doc, uris) } : {}) }
  return forVersion('CFAssociation', out, version)
}
