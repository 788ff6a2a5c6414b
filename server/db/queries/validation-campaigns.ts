// SQL for validation campaigns and their invitations.
import type { Db } from '../connect'
import type { ValidationCampaignsTable, ValidationInvitesTable } from '../tables/validation'
import { now } from '../stamps'

const campaignColumns = [
  'c.id',
  'c.pathwayId',
  'c.title',
  'c.message',
  'c.closesOn',
  'c.status',
  'c.scope',
  'c.createdBy',
  'c.createdAt',
  'c.updatedAt',
  'c.closedAt',
  'c.minRespondents',
  'c.reopenedAt',
  'p.slug as pathwaySlug',
  'p.title as pathwayTitle',
  'p.organisationId',
  'o.name as partnership',
] as const

const inviteColumns = [
  'i.id', 'i.campaignId', 'i.employerName', 'i.company', 'i.email', 'i.userId', 'i.createdAt', 'i.revokedAt', 'i.submittedAt',
  'i.delivery', 'i.deliveryError', 'i.deliveredAt', 'i.remindedAt',
] as const

function campaigns(db: Db) {
  return db
    .selectFrom('validation_campaigns as c')
    .innerJoin('pathways as p', 'p.id', 'c.pathwayId')
    .leftJoin('organisations as o', 'o.id', 'p.organisationId')
    .select(campaignColumns)
}

// The campaigns of a pathway, newest first, each with its live invitations and those submitted.
export async function listCampaigns(db: Db, pathwayId: number) {
  const rows = await campaigns(db)
    .select((eb) => [
      eb.selectFrom('validation_invites as i').whereRef('i.campaignId', '=', 'c.id').where('i.revokedAt', 'is', null)
        .select(eb.fn.countAll<number | string>().as('n')).as('invited'),
      eb.selectFrom('validation_invites as i').whereRef('i.campaignId', '=', 'c.id').where('i.revokedAt', 'is', null)
        .where('i.submittedAt', 'is not', null).select(eb.fn.countAll<number | string>().as('n')).as('submitted'),
    ])
    .where('c.pathwayId', '=', pathwayId)
    .orderBy('c.id', 'desc')
    .execute()
  return rows.map((r) => ({ ...r, invited: Number(r.invited), submitted: Number(r.submitted) }))
}

// One campaign with its pathway's slug, title and owner, or undefined.
export function findCampaign(db: Db, id: number) {
  return campaigns(db).where('c.id', '=', id).executeTakeFirst()
}

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>

// Inserts an open campaign and returns its id.
export async function insertCampaign(
  db: Db,
  fields: Pick<ValidationCampaignsTable, 'pathwayId' | 'title' | 'message' | 'closesOn' | 'scope' | 'createdBy' | 'minRespondents'>,
): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('validation_campaigns')
    .values({ ...fields, status: 'open', createdAt: stamp, updatedAt: stamp, closedAt: null, reopenedAt: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Updates the given fields of a campaign.
export async function updateCampaign(
  db: Db,
  id: number,
  fields: Partial<Pick<ValidationCampaignsTable, 'title' | 'message' | 'closesOn' | 'status' | 'closedAt' | 'minRespondents' | 'reopenedAt'>>,
): Promise<void> {
  await db.updateTable('validation_campaigns').set({ ...fields, updatedAt: now() }).where('id', '=', id).execute()
}

// Deletes a campaign with its invitations, ratings and suggestions.
export async function deleteCampaign(db: Db, id: number): Promise<void> {
  await db.deleteFrom('validation_campaigns').where('id', '=', id).execute()
}

// Sets the areas a campaign is limited to.
export async function insertCampaignAreas(db: Db, campaignId: number, areaIds: readonly number[]): Promise<void> {
  if (!areaIds.length) return
  await db.insertInto('validation_campaign_areas').values(areaIds.map((competencyId) => ({ campaignId, competencyId }))).execute()
}

// The ids of the areas a campaign is limited to (none when it covers all frameworks).
export async function campaignAreaIds(db: Db, campaignId: number): Promise<number[]> {
  const rows = await db.selectFrom('validation_campaign_areas').select('competencyId').where('campaignId', '=', campaignId).execute()
  return rows.map((r) => r.competencyId)
}

// The invitations of a campaign in the order they were sent, each with the number of competencies rated.
export async function listInvites(db: Db, campaignId: number) {
  const rows = await db
    .selectFrom('validation_invites as i')
    .select(inviteColumns)
    .select((eb) =>
      eb.selectFrom('validation_ratings as r').whereRef('r.inviteId', '=', 'i.id').select(eb.fn.countAll<number | string>().as('n')).as('rated'),
    )
    .where('i.campaignId', '=', campaignId)
    .orderBy('i.id')
    .execute()
  return rows.map((r) => ({ ...r, rated: Number(r.rated) }))
}

// Inserts an invitation and returns its id.
export async function insertInvite(
  db: Db,
  fields: Pick<ValidationInvitesTable, 'campaignId' | 'employerName' | 'company' | 'email' | 'tokenHash' | 'userId'>,
): Promise<number> {
  const row = await db
    .insertInto('validation_invites')
    .values({ ...fields, createdAt: now(), revokedAt: null, submittedAt: null, delivery: 'not_sent', deliveryError: null, deliveredAt: null, remindedAt: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// The live invitations of a campaign not yet submitted (those a reminder goes to), or these of them.
export function pendingInvites(db: Db, campaignId: number, inviteIds?: readonly number[]) {
  let query = db.selectFrom('validation_invites as i').select(inviteColumns).where('i.campaignId', '=', campaignId)
    .where('i.revokedAt', 'is', null).where('i.submittedAt', 'is', null)
  if (inviteIds) query = query.where('i.id', 'in', inviteIds.length ? inviteIds : [0])
  return query.orderBy('i.id').execute()
}

// One invitation of a campaign, or undefined.
export function findInvite(db: Db, campaignId: number, inviteId: number) {
  return db.selectFrom('validation_invites as i').select(inviteColumns).where('i.id', '=', inviteId).where('i.campaignId', '=', campaignId).executeTakeFirst()
}

// Sets the moments an invitation was revoked or last submitted, its email's delivery, or its link's token.
export async function updateInvite(
  db: Db,
  id: number,
  fields: Partial<Pick<ValidationInvitesTable, 'revokedAt' | 'submittedAt' | 'delivery' | 'deliveryError' | 'deliveredAt' | 'remindedAt' | 'tokenHash'>>,
) {
  await db.updateTable('validation_invites').set(fields).where('id', '=', id).execute()
}

function invitesWithCampaign(db: Db) {
  return db
    .selectFrom('validation_invites as i')
    .innerJoin('validation_campaigns as c', 'c.id', 'i.campaignId')
    .innerJoin('pathways as p', 'p.id', 'c.pathwayId')
    .select(inviteColumns)
    .select(['c.title', 'c.message', 'c.closesOn', 'c.status', 'c.closedAt', 'c.reopenedAt', 'c.scope', 'c.pathwayId', 'p.title as pathwayTitle'])
}

// The invitation whose token has this hash, with its campaign, or undefined.
export function findInviteByTokenHash(db: Db, tokenHash: string) {
  return invitesWithCampaign(db).where('i.tokenHash', '=', tokenHash).executeTakeFirst()
}

export type InviteWithCampaign = NonNullable<Awaited<ReturnType<typeof findInviteByTokenHash>>>

// The invitations addressed to a person (by account or by email), newest first; `id` narrows to one.
export function invitesOfPerson(db: Db, person: { id: number; email: string }, id?: number) {
  let query = invitesWithCampaign(db).where((eb) => eb.or([eb('i.userId', '=', person.id), eb('i.email', '=', person.email.toLowerCase())]))
  if (id !== undefined) query = query.where('i.id', '=', id)
  return query.orderBy('i.id', 'desc').execute()
}
