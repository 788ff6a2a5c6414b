// CASE 1.0 JSON shapes of Rungs rows: CFDocument, CFItem, CFAssociation and the definitions they refer to.
import type { CompetencyKind, LinkRelation } from '../../../shared/domain/vocabulary'
import { REQUIRES_GROUPING } from '../import/case-read'
import { itemTypeOf } from '../import/kinds'
import { childAssociationId, linkAssociationId, nameUuid } from './ids'

export type DocumentRow = { uuid: string; title: string; publisher: string | null; version: string | null; source: string | null; license: string | null; description: string | null; updatedAt: string }
export type ItemRow = { uuid: string; code: string; statement: string; kind: CompetencyKind; level: string | null; position: number; updatedAt: string; parentUuid: string | null }
export type LinkRow = { id: number; relation: LinkRelation; fromUuid: string; fromCode: string; toUuid: string; toCode: string }

// Where URIs point: the CASE read API of this server when its address is known, else urn:uuid: names.
export type Uris = { document: (uuid: string) => string; item: (uuid: string) => string; association: (uuid: string) => string; definition: (uuid: string) => string }

// URIs under `base` (e.g. https://rungs.example.org), or urn:uuid: when there is no base.
export function urisFor(base: string | null): Uris {
  const at = (kind: string) => (uuid: string) => (base ? `${base}/ims/case/v1p0/${kind}/${uuid}` : `urn:uuid:${uuid}`)
  return { document: at('CFDocuments'), item: at('CFItems'), association: at('CFAssociations'), definition: at('CFItemTypes') }
}

const RELATION_TYPES: Record<LinkRelation, string> = { equivalent: 'exactMatchOf', related: 'isRelatedTo', precedes: 'precedes', requires: 'isRelatedTo' }
const stamp = (iso: string) => iso.replace(/\.\d{3}Z$/, '+00:00')
const isUrl = (text: string | null): text is string => !!text && /^https?:\/\/\S+$/.test(text)

// The CFDocument of a framework.
export function caseDocument(doc: DocumentRow, uris: Uris) {
  return {
    identifier: doc.uuid,
    uri: uris.document(doc.uuid),
    creator: doc.publisher ?? 'Rungs',
    title: doc.title,
    lastChangeDateTime: stamp(doc.updatedAt),
    ...(doc.publisher ? { publisher: doc.publisher } : {}),
    ...(doc.version ? { version: doc.version } : {}),
    ...(doc.description ? { description: doc.description } : {}),
    ...(isUrl(doc.source) ? { officialSourceURL: doc.source } : {}),
    ...(doc.license ? { licenseURI: { title: doc.license, identifier: nameUuid(`license:${doc.license}`), uri: uris.definition(nameUuid(`license:${doc.license}`)) } } : {}),
    CFPackageURI: { title: doc.title, identifier: doc.uuid, uri: uris.document(doc.uuid) },
  }
}

const documentLink = (doc: DocumentRow, uris: Uris) => ({ title: doc.title, identifier: doc.uuid, uri: uris.document(doc.uuid) })

// The CFItem of a competency.
export function caseItem(item: ItemRow, doc: DocumentRow, uris: Uris) {
  const type = itemTypeOf(item.kind)
  return {
    identifier: item.uuid,
    uri: uris.item(item.uuid),
    fullStatement: item.statement,
    humanCodingScheme: item.code,
    CFItemType: type,
    CFItemTypeURI: { title: type, identifier: nameUuid(`type:${item.kind}`), uri: uris.definition(nameUuid(`type:${item.kind}`)) },
    ...(item.level ? { educationLevel: item.level.split(',') } : {}),
    lastChangeDateTime: stamp(item.updatedAt),
    CFDocumentURI: documentLink(doc, uris),
  }
}

// The isChildOf association placing a competency under its parent (or the document), ordered by position.
export function childAssociation(item: ItemRow, doc: DocumentRow, uris: Uris, parentCode: string | null) {
  const id = childAssociationId(item.uuid)
  return {
    identifier: id,
    associationType: 'isChildOf',
    sequenceNumber: item.position + 1,
    uri: uris.association(id),
    originNodeURI: { title: item.code, identifier: item.uuid, uri: uris.item(item.uuid) },
    destinationNodeURI: item.parentUuid
      ? { title: parentCode ?? '', identifier: item.parentUuid, uri: uris.item(item.parentUuid) }
      : documentLink(doc, uris),
    lastChangeDateTime: stamp(item.updatedAt),
    CFDocumentURI: documentLink(doc, uris),
  }
}

// The association of a competency link; "requires" travels as isRelatedTo in a grouping named "requires".
export function linkAssociation(link: LinkRow, doc: DocumentRow, uris: Uris) {
  const id = linkAssociationId(link.fromUuid, link.id)
  const grouping = nameUuid(`grouping:${REQUIRES_GROUPING}`)
  return {
    identifier: id,
    associationType: RELATION_TYPES[link.relation],
    uri: uris.association(id),
    originNodeURI: { title: link.fromCode, identifier: link.fromUuid, uri: uris.item(link.fromUuid) },
    destinationNodeURI: { title: link.toCode, identifier: link.toUuid, uri: uris.item(link.toUuid) },
    ...(link.relation === 'requires' ? { CFAssociationGroupingURI: { title: REQUIRES_GROUPING, identifier: grouping, uri: uris.definition(grouping) } } : {}),
    lastChangeDateTime: stamp(doc.updatedAt),
    CFDocumentURI: documentLink(doc, uris),
  }
}

// CFDefinitions for the item types, licence and groupings a package refers to.
export function caseDefinitions(kinds: ReadonlySet<CompetencyKind>, doc: DocumentRow, uris: Uris, requires: boolean) {
  const at = stamp(doc.updatedAt)
  const definition = (name: string) => ({ identifier: nameUuid(name), uri: uris.definition(nameUuid(name)), lastChangeDateTime: at })
  return {
    CFItemTypes: [...kinds].map((kind) => ({ ...definition(`type:${kind}`), title: itemTypeOf(kind), hierarchyCode: kind, typeCode: itemTypeOf(kind) })),
    CFLicenses: doc.license ? [{ ...definition(`license:${doc.license}`), title: doc.license, licenseText: doc.license }] : [],
    CFAssociationGroupings: requires ? [{ ...definition(`grouping:${REQUIRES_GROUPING}`), title: REQUIRES_GROUPING }] : [],
  }
}
