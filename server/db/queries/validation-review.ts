// SQL for what an employer sees and writes: the competencies of a pathway, one invitation's ratings and suggestions.
import type { RatingInput } from '../../../shared/schemas/validation'
import type { Db } from '../connect'
import { now } from '../stamps'

// Every published competency of the pathway's frameworks with its framework's title, in tree order within each framework.
export function competenciesOfPathway(db: Db, pathwayId: number) {
  return db
    .selectFrom('competencies as k')
    .innerJoin('pathway_frameworks as pf', 'pf.frameworkId', 'k.frameworkId')
    .innerJoin('frameworks as f', 'f.id', 'k.frameworkId')
    .select(['k.id', 'k.frameworkId', 'f.title as frameworkTitle', 'k.parentId', 'k.code', 'k.statement', 'k.kind', 'k.position'])
    .where('pf.pathwayId', '=', pathwayId)
    // Drafts (an accepted suggestion not yet published) are not asked about.
    .where('k.status', '<>', 'draft')
    .orderBy('f.title')
    .orderBy('k.frameworkId')
    .orderBy('k.position')
    .orderBy('k.id')
    .execute()
}

export type PathwayCompetency = Awaited<ReturnType<typeof competenciesOfPathway>>[number]

// The ratings one invitation has given.
export function ratingsOfInvite(db: Db, inviteId: number) {
  return db
    .selectFrom('validation_ratings')
    .select(['competencyId', 'rating', 'frequency', 'comment', 'updatedAt'])
    .where('inviteId', '=', inviteId)
    .orderBy('competencyId')
    .execute()
}

// Saves one rating, replacing the invitation's earlier rating of the same competency; returns its time.
export async function upsertRating(db: Db, inviteId: number, competencyId: number, input: RatingInput): Promise<string> {
  const updatedAt = now()
  const values = { rating: input.rating, frequency: input.frequency, comment: input.comment, updatedAt }
  await db
    .insertInto('validation_ratings')
    .values({ inviteId, competencyId, ...values })
    .onConflict((oc) => oc.columns(['inviteId', 'competencyId']).doUpdateSet(values))
    .execute()
  return updatedAt
}

// The suggestions one invitation has made, oldest first.
export function suggestionsOfInvite(db: Db, inviteId: number) {
  return db
    .selectFrom('validation_suggestions')
    .select(['id', 'areaId', 'statement', 'status', 'createdAt'])
    .where('inviteId', '=', inviteId)
    .orderBy('id')
    .execute()
}

// Records a suggested competency under an area and returns its id.
export async function insertSuggestion(db: Db, inviteId: number, areaId: number, statement: string): Promise<number> {
  const row = await db
    .insertInto('validation_suggestions')
    .values({ inviteId, areaId, statement, status: 'pending', competencyId: null, createdAt: now(), decidedAt: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}
