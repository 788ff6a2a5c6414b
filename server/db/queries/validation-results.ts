// SQL for the outcome of validation: counts of a campaign's ratings, its comments and suggestions, and the
// consensus recorded on competencies when campaigns close (which the gap analysis reads).
import type { EmployerRating, ValidationResult } from '../../../shared/domain/analysis/types'
import type { Rating } from '../../../shared/domain/consensus'
import type { Db } from '../connect'

// Ratings count once their invitation has been submitted, and never from a revoked one.
function countedRatings(db: Db, campaignId: number) {
  return db
    .selectFrom('validation_ratings as r')
    .innerJoin('validation_invites as i', 'i.id', 'r.inviteId')
    .where('i.campaignId', '=', campaignId)
    .where('i.revokedAt', 'is', null)
    .where('i.submittedAt', 'is not', null)
}

// How many submitted invitations gave each rating to each competency.
export async function ratingCounts(db: Db, campaignId: number) {
  const rows = await countedRatings(db, campaignId)
    .select(['r.competencyId', 'r.rating', (eb) => eb.fn.countAll<number | string>().as('n')])
    .groupBy(['r.competencyId', 'r.rating'])
    .execute()
  return rows.map((r) => ({ competencyId: r.competencyId, rating: r.rating as Rating, n: Number(r.n) }))
}

// The comments and frequencies of submitted invitations, with the employer's company, for faculty only.
export function ratingNotes(db: Db, campaignId: number) {
  return countedRatings(db, campaignId)
    .select(['r.competencyId', 'r.rating', 'r.frequency', 'r.comment', 'i.company', 'i.employerName'])
    .where((eb) => eb.or([eb('r.comment', 'is not', null), eb('r.frequency', 'is not', null)]))
    .orderBy('r.competencyId')
    .orderBy('i.id')
    .execute()
}

// Every suggestion made in a campaign (revoked invitations' included, marked), with its area and who made it.
export function suggestionsOfCampaign(db: Db, campaignId: number) {
  return db
    .selectFrom('validation_suggestions as s')
    .innerJoin('validation_invites as i', 'i.id', 's.inviteId')
    .innerJoin('competencies as a', 'a.id', 's.areaId')
    .leftJoin('competencies as k', 'k.id', 's.competencyId')
    .leftJoin('frameworks as f', 'f.id', 'k.frameworkId')
    .select(['s.id', 's.areaId', 'a.code as areaCode', 'a.statement as areaStatement', 'a.frameworkId', 's.statement', 's.status', 's.competencyId'])
    .select(['k.code as competencyCode', 'k.status as competencyStatus', 'f.title as competencyFramework'])
    .select(['s.createdAt', 's.decidedAt', 'i.company', 'i.employerName', 'i.revokedAt'])
    .where('i.campaignId', '=', campaignId)
    .orderBy('s.id')
    .execute()
}

// One suggestion of a campaign with the framework of its area, or undefined.
export function findSuggestion(db: Db, campaignId: number, suggestionId: number) {
  return db
    .selectFrom('validation_suggestions as s')
    .innerJoin('validation_invites as i', 'i.id', 's.inviteId')
    .innerJoin('competencies as a', 'a.id', 's.areaId')
    .select(['s.id', 's.areaId', 'a.code as areaCode', 'a.frameworkId', 's.statement', 's.status', 's.competencyId'])
    .where('s.id', '=', suggestionId)
    .where('i.campaignId', '=', campaignId)
    .executeTakeFirst()
}

// The pending suggestions of a campaign under an area, for gathering the same suggestion made by several employers.
export function pendingSuggestionsUnder(db: Db, campaignId: number, areaId: number) {
  return db
    .selectFrom('validation_suggestions as s')
    .innerJoin('validation_invites as i', 'i.id', 's.inviteId')
    .select(['s.id', 's.statement', 's.inviteId'])
    .where('i.campaignId', '=', campaignId)
    .where('s.areaId', '=', areaId)
    .where('s.status', '=', 'pending')
    .execute()
}

// Makes a new competency a draft that says where it came from.
export async function markDraft(db: Db, competencyId: number, provenance: string): Promise<void> {
  await db.updateTable('competencies').set({ status: 'draft', provenance }).where('id', '=', competencyId).execute()
}

// Records the decision on a suggestion.
export async function decideSuggestion(db: Db, id: number, status: 'accepted' | 'declined', competencyId: number | null, at: string) {
  await db.updateTable('validation_suggestions').set({ status, competencyId, decidedAt: at }).where('id', '=', id).execute()
}

export type RecordedResult = { competencyId: number; result: ValidationResult; respondents: number; agreeing: number | null }

// Records a closing campaign's consensus on each of its competencies.
export async function insertValidationResults(db: Db, campaignId: number, results: readonly RecordedResult[], at: string) {
  for (let i = 0; i < results.length; i += 500) {
    const chunk = results.slice(i, i + 500).map((r) => ({ ...r, campaignId, validatedAt: at }))
    await db.insertInto('competency_validations').values(chunk).execute()
  }
}

// Forgets what a campaign recorded, when it is reopened (its next close records again).
export async function deleteValidationResults(db: Db, campaignId: number): Promise<void> {
  await db.deleteFrom('competency_validations').where('campaignId', '=', campaignId).execute()
}

// The latest recorded consensus of each of these competencies that has one: the analysis input's `validation`.
export async function latestValidationResults(db: Db, competencyIds: readonly number[]): Promise<Map<number, EmployerRating>> {
  const latest = new Map<number, EmployerRating>()
  // Chunks keep the number of bound parameters within both dialects' limits.
  for (let i = 0; i < competencyIds.length; i += 5000) {
    const rows = await db
      .selectFrom('competency_validations')
      .select(['competencyId', 'result', 'respondents', 'agreeing'])
      .where('competencyId', 'in', competencyIds.slice(i, i + 5000))
      .orderBy('validatedAt', 'desc')
      .orderBy('id', 'desc')
      .execute()
    for (const r of rows) if (!latest.has(r.competencyId)) latest.set(r.competencyId, { result: r.result, respondents: r.respondents, agreeing: r.agreeing })
  }
  return latest
}
