// SQL for CASE exports and the CASE read API: competencies and links with the uuids CASE names them by.
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { paginate } from './paginate'

const itemColumns = [
  'competencies.id', 'competencies.uuid', 'competencies.frameworkId', 'competencies.parentId', 'competencies.code',
  'competencies.statement', 'competencies.kind', 'competencies.level', 'competencies.position', 'competencies.updatedAt',
  'competencies.caseExtra', 'competencies.codeGenerated',
] as const
const documentColumns = ['id', 'uuid', 'title', 'publisher', 'version', 'source', 'license', 'description', 'status', 'updatedAt', 'caseExtra'] as const

function linksWithUuids(db: Db) {
  return db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as f', 'f.id', 'l.fromId')
    .innerJoin('competencies as t', 't.id', 'l.toId')
    .select(['l.id', 'l.relation', 'l.caseExtra', 'f.uuid as fromUuid', 'f.code as fromCode', 'f.frameworkId as fromFrameworkId', 't.uuid as toUuid', 't.code as toCode'])
}

// Every competency of a framework with its parent's uuid, parents' order kept by position.
export function caseItemsOfFramework(db: Db, frameworkId: number) {
  return db
    .selectFrom('competencies')
    .leftJoin('competencies as parent', 'parent.id', 'competencies.parentId')
    .select(itemColumns)
    .select('parent.uuid as parentUuid')
    .where('competencies.frameworkId', '=', frameworkId)
    .orderBy('competencies.position')
    .orderBy('competencies.id')
    .execute()
}

// One competency by uuid with its parent's uuid, or undefined.
export function caseItemByUuid(db: Db, uuid: string) {
  return db
    .selectFrom('competencies')
    .leftJoin('competencies as parent', 'parent.id', 'competencies.parentId')
    .select(itemColumns)
    .select('parent.uuid as parentUuid')
    .where('competencies.uuid', '=', uuid)
    .executeTakeFirst()
}

// The children of a competency, with their uuids.
export function caseChildrenOf(db: Db, id: number) {
  return db.selectFrom('competencies').select(itemColumns).where('parentId', '=', id).orderBy('position').orderBy('id').execute()
}

// The links that start in a framework, with the uuids of both ends.
export function caseLinksOfFramework(db: Db, frameworkId: number) {
  return linksWithUuids(db).where('f.frameworkId', '=', frameworkId).orderBy('l.id').execute()
}

// The links that touch a competency, either end.
export function caseLinksOfItem(db: Db, id: number) {
  return linksWithUuids(db).where((eb) => eb.or([eb('l.fromId', '=', id), eb('l.toId', '=', id)])).orderBy('l.id').execute()
}

// One link by id with the uuids of both ends, or undefined.
export function caseLinkById(db: Db, id: number) {
  return linksWithUuids(db).where('l.id', '=', id).executeTakeFirst()
}

// One page of frameworks for the CFDocuments list.
export function caseDocumentsPage(db: Db, page: Page) {
  return paginate(
    db.selectFrom('frameworks').select(documentColumns).orderBy('title').orderBy('id'),
    page,
  )
}

// A framework by uuid, or undefined.
export function caseDocumentByUuid(db: Db, uuid: string) {
  return db
    .selectFrom('frameworks')
    .select(documentColumns)
    .where('uuid', '=', uuid)
    .executeTakeFirst()
}

// A framework's uuid and title by id, or undefined.
export function caseDocumentById(db: Db, id: number) {
  return db
    .selectFrom('frameworks')
    .select(documentColumns)
    .where('id', '=', id)
    .executeTakeFirst()
}

// The CASE data of a framework's competencies (what an import compares before writing it again).
export function caseDataOfFramework(db: Db, frameworkId: number) {
  return db.selectFrom('competencies').select(['id', 'caseExtra', 'codeGenerated']).where('frameworkId', '=', frameworkId).execute()
}

// Sets a competency's CASE data.
export async function setCompetencyCaseData(db: Db, id: number, data: { caseExtra: string | null; codeGenerated: 0 | 1 }) {
  await db.updateTable('competencies').set(data).where('id', '=', id).execute()
}

// Sets a framework's CASE data.
export async function setFrameworkCaseExtra(db: Db, id: number, caseExtra: string | null) {
  await db.updateTable('frameworks').set({ caseExtra }).where('id', '=', id).execute()
}

// Competencies whose kept CASE data mentions this identifier (an isChildOf association's, as the import gave it);
// the caller checks which field holds it.
export function caseItemsKeepingAssociation(db: Db, identifier: string) {
  return db
    .selectFrom('competencies')
    .leftJoin('competencies as parent', 'parent.id', 'competencies.parentId')
    .select(itemColumns)
    .select('parent.uuid as parentUuid')
    .where('competencies.caseExtra', 'like', `%"${identifier}"%`)
    .limit(20)
    .execute()
}

// Links whose kept CASE data mentions this identifier (their association's, as the import gave it).
export function caseLinksKeepingAssociation(db: Db, identifier: string) {
  return linksWithUuids(db).where('l.caseExtra', 'like', `%"${identifier}"%`).limit(20).execute()
}

// Frameworks whose kept CASE data mentions this identifier (an association Rungs keeps no link for).
export function caseFrameworksKeepingAssociation(db: Db, identifier: string) {
  return db.selectFrom('frameworks').select(documentColumns).where('caseExtra', 'like', `%"${identifier}"%`).limit(20).execute()
}
