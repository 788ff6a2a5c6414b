// The CASE 1.0 read API's use cases: documents, packages, items and associations by identifier.
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../../db/connect'
import {
  caseChildrenOf, caseDocumentById, caseDocumentByUuid, caseDocumentsPage, caseItemByUuid, caseLinkById, caseLinksOfItem,
} from '../../db/queries/import-case'
import { NotFound } from '../../errors'
import { childOfAssociation, linkOfAssociation } from './ids'
import { buildCasePackage } from './package'
import { caseDocument, caseItem, childAssociation, linkAssociation, type Uris } from './shapes'

const lower = (id: string) => id.toLowerCase()

async function documentOf(db: Db, uuid: string) {
  const doc = await caseDocumentByUuid(db, lower(uuid))
  if (!doc) throw new NotFound('CFDocument', uuid)
  return doc
}

async function itemOf(db: Db, uuid: string) {
  const item = await caseItemByUuid(db, lower(uuid))
  if (!item) throw new NotFound('CFItem', uuid)
  const doc = (await caseDocumentById(db, item.frameworkId))!
  return { item, doc }
}

// One page of CFDocuments and the total.
export async function listCaseDocuments(db: Db, page: Page, uris: Uris) {
  const found = await caseDocumentsPage(db, page)
  return { total: found.total, body: { CFDocuments: found.items.map((doc) => caseDocument(doc, uris)) } }
}

// One CFDocument.
export async function getCaseDocument(db: Db, uuid: string, uris: Uris) {
  return caseDocument(await documentOf(db, uuid), uris)
}

// One CFPackage.
export async function getCasePackage(db: Db, uuid: string, uris: Uris) {
  return buildCasePackage(db, await documentOf(db, uuid), uris)
}

// One CFItem.
export async function getCaseItem(db: Db, uuid: string, uris: Uris) {
  const { item, doc } = await itemOf(db, uuid)
  return caseItem(item, doc, uris)
}

// One CFAssociation: a link (its id carries the link's) or an isChildOf (its id is its child's, masked).
export async function getCaseAssociation(db: Db, uuid: string, uris: Uris) {
  const asLink = linkOfAssociation(uuid)
  const link = asLink && (await caseLinkById(db, asLink.linkId))
  if (link && asLink.matchesOrigin(link.fromUuid)) {
    return linkAssociation(link, (await caseDocumentById(db, link.fromFrameworkId))!, uris)
  }
  const child = await caseItemByUuid(db, childOfAssociation(uuid))
  if (!child) throw new NotFound('CFAssociation', uuid)
  const doc = (await caseDocumentById(db, child.frameworkId))!
  const parent = child.parentUuid ? await caseItemByUuid(db, child.parentUuid) : undefined
  return childAssociation(child, doc, uris, parent?.code ?? null)
}

// A CFItem with every association that has it at either end.
export async function getCaseItemAssociations(db: Db, uuid: string, uris: Uris) {
  const { item, doc } = await itemOf(db, uuid)
  const [children, links, parent] = await Promise.all([
    caseChildrenOf(db, item.id),
    caseLinksOfItem(db, item.id),
    item.parentUuid ? caseItemByUuid(db, item.parentUuid) : undefined,
  ])
  return {
    CFItem: caseItem(item, doc, uris),
    CFAssociations: [
      childAssociation(item, doc, uris, parent?.code ?? null),
      ...children.map((c) => childAssociation({ ...c, parentUuid: item.uuid }, doc, uris, item.code)),
      ...links.map((l) => linkAssociation(l, doc, uris)),
    ],
  }
}
