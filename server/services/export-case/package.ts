// A framework as a CASE 1.0 or 1.1 CFPackage (document, items, associations, definitions, and what else the imported
// package held), for downloads, the CASE read API and the command line alike.
import type { Db } from '../../db/connect'
import { caseDocumentById, caseDocumentByUuid, caseItemsOfFramework, caseLinksOfFramework } from '../../db/queries/import-case'
import { NotFound } from '../../errors'
import { parseExtra, type FrameworkExtra, type ItemExtra, type Json } from '../import/case-extra'
import { caseDefinitions } from './definitions'
import { caseDocument, caseItem, childAssociation, defaultVersion, keptAssociation, linkAssociation, type DocumentRow, type Uris } from './shapes'
import type { CaseVersion } from './versions'

export type CasePackage = { CFDocument: Json; CFItems: Json[]; CFAssociations: Json[]; CFDefinitions: Json; CFRubrics?: unknown; extensions?: unknown }

// The OpenSALT workbook columns that are no CASE field, kept from an imported workbook: the document's and each item's.
export type SheetColumns = { document: Record<string, string>; items: Map<string, Record<string, string>> }

// The package of one framework and the workbook columns it keeps: items by position, then every isChildOf, link and
// kept association. `version` defaults to the version the framework was imported in (1.0 for Rungs' own).
export async function buildCaseExport(db: Db, doc: DocumentRow & { id: number }, uris: Uris, version?: CaseVersion) {
  const target = { uris, version: version ?? defaultVersion(doc) }
  const [items, links] = await Promise.all([caseItemsOfFramework(db, doc.id), caseLinksOfFramework(db, doc.id)])
  const extra = parseExtra<FrameworkExtra>(doc.caseExtra)
  const codeOf = new Map(items.map((i) => [i.uuid, i.code]))
  const document = caseDocument(doc, target)
  const cfItems = items.map((item) => caseItem(item, doc, target))
  const associations = [
    ...items.map((item) => childAssociation(item, doc, target, item.parentUuid ? (codeOf.get(item.parentUuid) ?? null) : null)).filter((a): a is Json => a !== null),
    ...links.map((link) => linkAssociation(link, doc, target)),
    ...(extra?.associations ?? []).map((kept) => keptAssociation(kept, doc, target)).filter((a): a is Json => a !== null),
  ]
  const pkg: CasePackage = {
    CFDocument: document,
    CFItems: cfItems,
    CFAssociations: associations,
    CFDefinitions: caseDefinitions(extra?.definitions, { document, items: cfItems, associations }, doc, target),
    ...(extra?.rubrics !== undefined ? { CFRubrics: extra.rubrics } : {}),
    ...(target.version === '1.1' && extra?.extensions !== undefined ? { extensions: extra.extensions } : {}),
  }
  const sheets: SheetColumns = { document: extra?.sheet ?? {}, items: new Map() }
  for (const item of items) {
    const sheet = parseExtra<ItemExtra>(item.caseExtra)?.sheet
    if (sheet) sheets.items.set(item.uuid, sheet)
  }
  return { pkg, sheets }
}

// The package of one framework.
export async function buildCasePackage(db: Db, doc: DocumentRow & { id: number }, uris: Uris, version?: CaseVersion): Promise<CasePackage> {
  return (await buildCaseExport(db, doc, uris, version)).pkg
}

// A framework by its numeric id or its CASE identifier (the CFDocument's), or 404.
export async function findCaseDocument(db: Db, idOrIdentifier: number | string) {
  const numeric = typeof idOrIdentifier === 'number' || /^\d{1,10}$/.test(idOrIdentifier)
  // Row ids are 32-bit integers (PostgreSQL refuses larger ones in a query).
  const doc = numeric
    ? Number(idOrIdentifier) <= 2147483647 ? await caseDocumentById(db, Number(idOrIdentifier)) : undefined
    : await caseDocumentByUuid(db, idOrIdentifier.toLowerCase())
  if (!doc) throw new NotFound('Framework', idOrIdentifier)
  return doc
}

// The package of the framework with this id or identifier, or 404.
export async function exportFrameworkCase(db: Db, idOrIdentifier: number | string, uris: Uris, version?: CaseVersion) {
  return buildCasePackage(db, await findCaseDocument(db, idOrIdentifier), uris, version)
}
