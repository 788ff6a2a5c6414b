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
