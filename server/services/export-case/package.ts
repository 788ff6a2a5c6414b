// A framework as a CASE 1.0 CFPackage (document, items, associations, definitions), for downloads, the CASE
// read API and the command line alike.
import type { Db } from '../../db/connect'
import { caseDocumentById, caseItemsOfFramework, caseLinksOfFramework } from '../../db/queries/import-case'
import { NotFound } from '../../errors'
import { caseDefinitions, caseDocument, caseItem, childAssociation, linkAssociation, type DocumentRow, type Uris } from './shapes'

// The package of one framework: items by position, then every isChildOf and link association.
export async function buildCasePackage(db: Db, doc: DocumentRow & { id: number }, uris: Uris) {
  const [items, links] = await Promise.all([caseItemsOfFramework(db, doc.id), caseLinksOfFramework(db, doc.id)])
  const codeOf = new Map(items.map((i) => [i.uuid, i.code]))
  return {
    CFDocument: caseDocument(doc, uris),
    CFItems: items.map((item) => caseItem(item, doc, uris)),
    CFAssociations: [
      ...items.map((item) => childAssociation(item, doc, uris, item.parentUuid ? (codeOf.get(item.parentUuid) ?? null) : null)),
      ...links.map((link) => linkAssociation(link, doc, uris)),
    ],
    CFDefinitions: caseDefinitions(new Set(items.map((i) => i.kind)), doc, uris, links.some((l) => l.relation === 'requires')),
  }
}

// The package of the framework with this id, or 404.
export async function exportFrameworkCase(db: Db, frameworkId: number, uris: Uris) {
  const doc = await caseDocumentById(db, frameworkId)
  if (!doc) throw new NotFound('Framework', frameworkId)
  return buildCasePackage(db, doc, uris)
}
