// Faculty's side of a validation campaign: open one on a pathway, edit it, invite employers, revoke a link.
import { campaignPhase, describeCampaignDates, todayUtc } from '../../../shared/domain/campaign-dates'
import type { Actor } from '../../../shared/domain/permissions'
import type { CampaignInput, CampaignPatch, InviteInput } from '../../../shared/schemas/validation'
import type { Db } from '../../db/connect'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { findUserForLogin } from '../../db/queries/users'
import {
  deleteCampaign as deleteCampaignRow,
  findCampaign,
  findInvite,
  insertCampaign,
  insertCampaignAreas,
  insertInvite,
  listCampaigns,
  listInvites,
  updateCampaign as updateCampaignRow,
  updateInvite,
  type CampaignRow,
} from '../../db/queries/validation-campaigns'
import { competenciesOfPathway } from '../../db/queries/validation-review'
import { now } from '../../db/stamps'
import { AppError, Invalid, NotFound } from '../../errors'
import { assertCanEdit, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { groupScope } from './scope'
import { hashToken, newToken, reviewPath } from './tokens'

// The campaign, once the actor is known to be one of the people who run its pathway; 404 otherwise.
export async function requireCampaign(db: Db, actor: Viewer, id: number): Promise<CampaignRow> {
  const campaign = await findCampaign(db, id)
  if (!campaign) throw new NotFound('Campaign', id)
  assertCanEdit(actor, campaign, 'Pathway', campaign.pathwayId)
  return campaign
}

// Refuses changes to a closed campaign.
export function assertOpen(campaign: { status: string; title: string }): void {
  if (campaign.status === 'closed') throw new AppError('campaign_closed', 409, `Campaign "${campaign.title}" is closed; it can no longer change.`)
}

async function requirePathway(db: Db, actor: Viewer, slug: string) {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  assertCanEdit(actor, pathway, 'Pathway', pathway.id)
  return pathway
}

// The campaigns of a pathway with their response counts, and the areas a new campaign may be limited to.
export async function campaignsOfPathway(db: Db, actor: Viewer, slug: string) {
  const pathway = await requirePathway(db, actor, slug)
  const [items, competencies] = await Promise.all([listCampaigns(db, pathway.id), competenciesOfPathway(db, pathway.id)])
  const areas = groupScope(competencies, null).flatMap((g) =>
    g.areaId === null ? [] : [{ id: g.areaId, code: g.code, title: g.title, frameworkTitle: g.frameworkTitle, count: g.items.length }],
  )
  const today = todayUtc()
  const dated = items.map((item) => ({ ...item, phase: campaignPhase(item, today), dates: describeCampaignDates(item, today) }))
  return { pathway: { id: pathway.id, slug: pathway.slug, title: pathway.title }, items: dated, areas }
}

// One campaign with its chosen areas, its invitations and its response rate.
export async function getCampaign(db: Db, actor: Viewer, id: number) {
  const campaign = await requireCampaign(db, actor, id)
  const invites = await listInvites(db, id)
  const live = invites.filter((i) => i.revokedAt === null)
  const submitted = live.filter((i) => i.submittedAt !== null).length
  const today = todayUtc()
  return {
    ...campaign,
    phase: campaignPhase(campaign, today),
    dates: describeCampaignDates(campaign, today),
    invites,
    response: { invited: live.length, started: live.filter((i) => i.rated > 0).length, submitted, rate: live.length ? submitted / live.length : 0 },
  }
}

// Opens a campaign on a pathway; chosen areas must be competencies of the pathway's frameworks.
export async function createCampaign(db: Db, actor: Actor, slug: string, input: CampaignInput) {
  const pathway = await requirePathway(db, actor, slug)
  if (input.areaIds.length) {
    const known = new Set((await competenciesOfPathway(db, pathway.id)).map((c) => c.id))
    const stray = input.areaIds.filter((id) => !known.has(id))
    if (stray.length) throw new Invalid(`Competencies ${stray.join(', ')} are not in the pathway's frameworks`, { field: 'areaIds' })
  }
  const id = await insertCampaign(db, {
    pathwayId: pathway.id, title: input.title, message: input.message, closesOn: input.closesOn, minRespondents: input.minRespondents,
    scope: input.areaIds.length ? 'areas' : 'all', createdBy: actor.id,
  })
  await insertCampaignAreas(db, id, [...new Set(input.areaIds)])
  const created = await getCampaign(db, actor, id)
  await recordAudit(db, actor, { action: 'create', table: 'validation_campaigns', rowId: id, summary: `Opened validation campaign "${input.title}" on ${pathway.slug}`, after: input })
  return created
}

// Edits the title, message or closing day of an open campaign.
export async function updateCampaign(db: Db, actor: Viewer, id: number, patch: CampaignPatch) {
  const before = await requireCampaign(db, actor, id)
  assertOpen(before)
  await updateCampaignRow(db, id, patch)
  const after = await getCampaign(db, actor, id)
  await recordAudit(db, actor, { action: 'update', table: 'validation_campaigns', rowId: id, summary: `Edited validation campaign "${after.title}"`, before, after: patch })
  return after
}

// Deletes an open campaign and everything employers gave it; a closed one holds recorded results and stays.
export async function deleteCampaign(db: Db, actor: Viewer, id: number): Promise<void> {
  const campaign = await requireCampaign(db, actor, id)
  assertOpen(campaign)
  await deleteCampaignRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'validation_campaigns', rowId: id, summary: `Deleted validation campaign "${campaign.title}"`, before: campaign })
}

// Invites an employer; the answer carries the link's token, which is never stored and cannot be shown again.
export async function inviteEmployer(db: Db, actor: Viewer, campaignId: number, input: InviteInput) {
  const campaign = await requireCampaign(db, actor, campaignId)
  assertOpen(campaign)
  const token = newToken()
  const account = await findUserForLogin(db, input.email)
  const userId = account?.role === 'employer' ? account.id : null
  const id = await insertInvite(db, { campaignId, ...input, tokenHash: hashToken(token), userId })
  const invite = (await findInvite(db, campaignId, id))!
  await recordAudit(db, actor, {
    action: 'create', table: 'validation_invites', rowId: id, summary: `Invited ${input.employerName} (${input.company}) to "${campaign.title}"`, after: invite,
  })
  return { campaign, invite, token, path: reviewPath(token) }
}

// Revokes an invitation: its link stops working at once; its ratings no longer count.
export async function revokeInvite(db: Db, actor: Viewer, campaignId: number, inviteId: number) {
  const campaign = await requireCampaign(db, actor, campaignId)
  assertOpen(campaign)
  const invite = await findInvite(db, campaignId, inviteId)
  if (!invite) throw new NotFound('Invitation', inviteId)
  if (invite.revokedAt === null) {
    await updateInvite(db, inviteId, { revokedAt: now() })
    await recordAudit(db, actor, {
      action: 'update', table: 'validation_invites', rowId: inviteId, summary: `Revoked the invitation of ${invite.employerName} (${invite.company})`, before: invite,
    })
  }
  return (await findInvite(db, campaignId, inviteId))!
}
