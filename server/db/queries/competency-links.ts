// SQL for links between competencies (requires, equivalent, related, precedes).
import type { Page } from '../../../shared/schemas/common'
import type { CompetencyLinkInput } from '../../../shared/schemas/framework'
import type { LinkRelation } from '../../../shared/domain/vocabulary'
import type { Db } from '../connect'
import { paginate } from './paginate'

function linksWithEnds(db: Db) {
  return db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as f', 'f.id', 'l.fromId')
    .innerJoin('competencies as t', 't.id', 'l.toId')
    .select([
      'l.id',
      'l.fromId',
      'l.toId',
      'l.relation',
      'l.minLevel',
      'f.code as fromCode',
      'f.statement as fromStatement',
      't.code as toCode',
      't.statement as toStatement',
      't.level as toLevel',
    ])
}

// One page of links, optionally those touching one competency or of one relation.
export function listLinks(db: Db, filter: Page & { competencyId?: number; relation?: LinkRelation }) {
  let query = linksWithEnds(db)
  const { competencyId, relation } = filter
  if (competencyId) query = query.where((eb) => eb.or([eb('l.fromId', '=', competencyId), eb('l.toId', '=', competencyId)]))
  if (relation) query = query.where('l.relation', '=', relation)
  return paginate(query.orderBy('l.id'), filter)
}

// One link with the codes and statements of both ends, or undefined.
export function findLink(db: Db, id: number) {
  return linksWithEnds(db).where('l.id', '=', id).executeTakeFirst()
}

// Inserts a link and returns its id.
export async function insertLink(db: Db, input: CompetencyLinkInput): Promise<number> {
  const row = await db
    .insertInto('competency_links')
    .values({ fromId: input.fromId, toId: input.toId, relation: input.relation, minLevel: input.minLevel })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Updates a link's relation or minimum level.
export async function updateLink(db: Db, id: number, patch: Partial<Pick<CompetencyLinkInput, 'relation' | 'minLevel'>>) {
  await db.updateTable('competency_links').set(patch).where('id', '=', id).execute()
}

// Deletes a link; returns false when there was none.
export async function deleteLink(db: Db, id: number): Promise<boolean> {
  const result = await db.deleteFrom('competency_links').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}

// A requires-link with each end's code, statement, kind, level and framework: what requirement views show.
function requirementsWithEnds(db: Db) {
  return db
    .selectFrom('competency_links as l')
    .innerJoin('competencies as f', 'f.id', 'l.fromId')
    .innerJoin('frameworks as ff', 'ff.id', 'f.frameworkId')
    .innerJoin('competencies as t', 't.id', 'l.toId')
    .innerJoin('frameworks as tf', 'tf.id', 't.frameworkId')
    .select([
      'l.id',
      'l.fromId',
      'l.toId',
      'l.minLevel',
      'f.code as fromCode',
      'f.statement as fromStatement',
      'f.kind as fromKind',
      'f.frameworkId as fromFrameworkId',
      'ff.title as fromFrameworkTitle',
      't.code as toCode',
      't.statement as toStatement',
      't.level as toLevel',
      't.frameworkId as toFrameworkId',
      'tf.title as toFrameworkTitle',
    ])
    .where('l.relation', '=', 'requires')
    .orderBy('f.code')
    .orderBy('t.code')
    .orderBy('l.id')
}

// Every requires-link with either end in the framework: what its items need, and what needs its items.
export function requirementsOfFramework(db: Db, frameworkId: number) {
  return requirementsWithEnds(db)
    .where((eb) => eb.or([eb('f.frameworkId', '=', frameworkId), eb('t.frameworkId', '=', frameworkId)]))
    .execute()
}

// Every requires-link from or to one competency.
export function requirementsOfCompetency(db: Db, competencyId: number) {
  return requirementsWithEnds(db)
    .where((eb) => eb.or([eb('l.fromId', '=', competencyId), eb('l.toId', '=', competencyId)]))
    .execute()
}

// Competencies by id, with their framework's kind and owner; missing ids are simply absent.
export async function competencyEnds(db: Db, ids: readonly number[]) {
  if (!ids.length) return []
  return db
    .selectFrom('competencies as c')
    .innerJoin('frameworks as fw', 'fw.id', 'c.frameworkId')
    .select(['c.id', 'c.code', 'c.frameworkId', 'fw.kind as frameworkKind', 'fw.organisationId'])
    .where('c.id', 'in', ids)
    .execute()
}

// Every "precedes" link other than `exceptId`, for finding loops.
export function precedesEdges(db: Db, exceptId?: number) {
  let query = db.selectFrom('competency_links').select(['fromId', 'toId']).where('relation', '=', 'precedes')
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  return query.execute()
}

// The requires-links from any of these competencies to one target.
export async function requiresLinksTo(db: Db, fromIds: readonly number[], toId: number) {
  if (!fromIds.length) return []
  return db
    .selectFrom('competency_links')
    .select(['id', 'fromId', 'minLevel'])
    .where('relation', '=', 'requires')
    .where('toId', '=', toId)
    .where('fromId', 'in', fromIds)
    .execute()
}

// Links by id with the codes and statements of both ends, in id order.
export async function findLinks(db: Db, ids: readonly number[]) {
  if (!ids.length) return []
  return linksWithEnds(db).where('l.id', 'in', ids).orderBy('l.id').execute()
}

// Inserts a requires-link from each competency to the target; returns the new ids.
export async function insertRequirements(db: Db, fromIds: readonly number[], toId: number, minLevel: string | null): Promise<number[]> {
  if (!fromIds.length) return []
  const rows = await db
    .insertInto('competency_links')
    .values(fromIds.map((fromId) => ({ fromId, toId, relation: 'requires' as const, minLevel })))
    .returning('id')
    .execute()
  return rows.map((r) => r.id)
}

// Sets the minimum level of several links at once.
export async function setMinLevel(db: Db, ids: readonly number[], minLevel: string | null): Promise<void> {
  if (ids.length) await db.updateTable('competency_links').set({ minLevel }).where('id', 'in', ids).execute()
}

// Deletes several links at once.
export async function deleteLinks(db: Db, ids: readonly number[]): Promise<void> {
  if (ids.length) await db.deleteFrom('competency_links').where('id', 'in', ids).execute()
}
