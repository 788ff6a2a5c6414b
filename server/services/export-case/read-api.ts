// The CASE read API's use cases (1.0 under /ims/case/v1p0, 1.1 under /v1p1): documents, packages, items and
// associations by identifier (documents and packages also by the framework's row id), written in the API's version.
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../../db/connect'
import {
  caseChildrenOf, caseDocumentById, caseDocumentsPage, caseFrameworksKeepingAssociation, caseItemByUuid, caseItemsKeepingAssociation, caseLinkById, caseLinksKeepingAssociation, caseLinksOfItem,
} from '../../db/queries/import-case'
import { NotFound } from '../../errors'
import { parseExtra, text, type FrameworkExtra, type ItemExtra, type LinkExtra } from '../import/case-extra'
import { childOfAssociation, linkOfAssociation } from './ids'
import { buildCasePackage, findCaseDocument } from './package'
import { caseDocument, caseItem, childAssociation, keptAssociation, linkAssociation, type Target } from './shapes'

const lower = (id: string) => id.toLowerCase()

async function itemOf(db: Db, uuid: string) {
  const item = await caseItemByUuid(db, lower(uuid))
  if (!item) throw new NotFound('CFItem', uuid)
  const doc = (await caseDocumentById(db, item.frameworkId))!
  return { item, doc }
}

// One page of CFDocuments and the total.
export async function listCaseDocuments(db: Db, page: Page, target: Target) {
  const found = await caseDocumentsPage(db, page)
  return { total: found.total, body: { CFDocuments: found.items.map((doc) => caseDocument(doc, target)) } }
}

// One CFDocument, by identifier or row id.
export async function getCaseDocument(db: Db, id: string | number, target: Target) {
  return caseDocument(await findCaseDocument(db, id), target)
}

// One CFPackage, by identifier or row id.
export async function getCasePackage(db: Db, id: string | number, target: Target) {
  return buildCasePackage(db, await findCaseDocument(db, id), target.uris, target.version)
}

// One CFItem.
export async function getCaseItem(db: Db, uuid: string, target: Target) {
  const { item, doc } = await itemOf(db, uuid)
  return caseItem(item, doc, target)
}

// The isChildOf association of a competency, with its parent's code.
async function childAssociationOf(db: Db, child: NonNullable<Awaited<ReturnType<typeof caseItemByUuid>>>, target: Target) {
  const doc = (await caseDocumentById(db, child.frameworkId))!
  const parent = child.parentUuid ? await caseItemByUuid(db, child.parentUuid) : undefined
  return childAssociation(child, doc, target, parent?.code ?? null)
}

// One CFAssociation: one an import kept (its identifier as given, with a link, an item or the framework), a link (its id carries the link's) or an
// isChildOf (its id is its child's, masked).
export async function getCaseAssociation(db: Db, uuid: string, target: Target) {
  const id = lower(uuid)
  const keptLink = (await caseLinksKeepingAssociation(db, id)).find((l) => text(parseExtra<LinkExtra>(l.caseExtra)?.association.identifier) === id)
  if (keptLink) return linkAssociation(keptLink, (await caseDocumentById(db, keptLink.fromFrameworkId))!, target)
  const keptChild = (await caseItemsKeepingAssociation(db, id)).find((c) => text(parseExtra<ItemExtra>(c.caseExtra)?.childOf?.identifier) === id)
  const keptAnswer = keptChild && (await childAssociationOf(db, keptChild, target))
  if (keptAnswer) return keptAnswer
  const keeping = (await caseFrameworksKeepingAssociation(db, id)).flatMap((doc) =>
    (parseExtra<FrameworkExtra>(doc.caseExtra)?.associations ?? []).filter((a) => text(a.identifier) === id).flatMap((a) => keptAssociation(a, doc, target) ?? []))
  if (keeping[0]) return keeping[0]
  const asLink = linkOfAssociation(id)
  const link = asLink && (await caseLinkById(db, asLink.linkId))
  if (link && asLink.matchesOrigin(link.fromUuid)) return linkAssociation(link, (await caseDocumentById(db, link.fromFrameworkId))!, target)
  const child = await caseItemByUuid(db, childOfAssociation(id))
  const answer = child && (await childAssociationOf(db, child, target))
  if (!answer) throw new NotFound('CFAssociation', uuid)
  return answer
}

// A CFItem with every association that has it at either end.
export async function getCaseItemAssociations(db: Db, uuid: string, target: Target) {
  const { item, doc } = await itemOf(db, uuid)
  const [children, links, parent] = await Promise.all([
    caseChildrenOf(db, item.id),
    caseLinksOfItem(db, item.id),
    item.parentUuid ? caseItemByUuid(db, item.parentUuid) : undefined,
  ])
  return {
    CFItem: caseItem(item, doc, target),
    CFAssociations: [
      ...[childAssociation(item, doc, target, parent?.code ?? null), ...children.map((c) => childAssociation({ ...c, parentUuid: item.uuid }, doc, target, item.code))]
        .filter((a) => a !== null),
      ...links.map((l) => linkAssociation(l, doc, target)),
    ],
  }
}
