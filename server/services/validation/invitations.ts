// Getting invitation links to employers: by email when SMTP is set up (the invitation, then reminders), and by
// hand otherwise ("Copy link again" issues a fresh link and the old one stops working). Only a token's hash is
// stored, so a link can never be shown twice: a reminder or a copy always carries a new one.
import type { Db } from '../../db/connect'
import { findInvite, pendingInvites, updateInvite, type CampaignRow } from '../../db/queries/validation-campaigns'
import { now } from '../../db/stamps'
import { AppError, NotFound } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { assertOpen, requireCampaign } from './campaigns'
import { invitationEmail } from './invitation-email'
import type { Mail } from './mail'
import { hashToken, newToken, reviewPath } from './tokens'

type Invite = NonNullable<Awaited<ReturnType<typeof findInvite>>>

// Gives the invitation a new link (the old one stops working at once) and returns its path.
async function reissue(db: Db, invite: Invite): Promise<string> {
  const token = newToken()
  await updateInvite(db, invite.id, { tokenHash: hashToken(token) })
  return reviewPath(token)
}

// A live invitation of an open campaign, or 404 / 409.
async function liveInvite(db: Db, actor: Viewer, campaignId: number, inviteId: number) {
  const campaign = await requireCampaign(db, actor, campaignId)
  assertOpen(campaign)
  const invite = await findInvite(db, campaignId, inviteId)
  if (!invite) throw new NotFound('Invitation', inviteId)
  if (invite.revokedAt) throw new AppError('invitation_revoked', 409, `The invitation of ${invite.employerName} was revoked; invite them again instead.`)
  return { campaign, invite }
}

// "Copy link again": a fresh link for a live invitation; the previous one is revoked by the change of hash.
export async function copyLinkAgain(db: Db, actor: Viewer, campaignId: number, inviteId: number) {
  const { invite } = await liveInvite(db, actor, campaignId, inviteId)
  const path = await reissue(db, invite)
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_invites', rowId: invite.id, summary: `Issued a new link to ${invite.employerName} (${invite.company}); the old one stopped working`,
  })
  return { invite: (await findInvite(db, campaignId, inviteId))!, path }
}

// Emails one invitation (or its reminder) and records how the mail server answered. Runs after the invitation's
// own transaction has committed, so a slow mail server holds no lock.
export async function emailInvitation(db: Db, mail: Mail, campaign: CampaignRow, invite: Invite, url: string, kind: 'invitation' | 'reminder') {
  const message = invitationEmail({
    kind, employerName: invite.employerName, partnership: campaign.partnership ?? campaign.pathwayTitle, campaignTitle: campaign.title,
    pathwayTitle: campaign.pathwayTitle, message: campaign.message, closesOn: campaign.closesOn, url,
  })
  const result = await mail.send({ to: invite.email, ...message })
  const at = now()
  await updateInvite(db, invite.id, {
    delivery: result.delivery, deliveryError: result.error, deliveredAt: at, ...(kind === 'reminder' ? { remindedAt: at } : {}),
  })
  return { ...invite, delivery: result.delivery, deliveryError: result.error, deliveredAt: at }
}

// Reminds the employers who have not submitted (all of them, or the chosen ones): each gets a fresh link by email.
// Without SMTP there is nothing to send with: 409.
export async function remindEmployers(db: Db, actor: Viewer, mail: Mail | null, campaignId: number, inviteIds: readonly number[] | undefined, site: string) {
  if (!mail) throw new AppError('email_not_set_up', 409, 'Email is not set up on this server (SMTP_URL), so reminders cannot be sent; copy each link again instead.')
  const campaign = await requireCampaign(db, actor, campaignId)
  assertOpen(campaign)
  const invites = await pendingInvites(db, campaignId, inviteIds)
  // New links are stored in one transaction first; the emails follow, each recording its own delivery.
  const links = await db.transaction().execute(async (trx) => {
    const issued: { invite: Invite; url: string }[] = []
    for (const invite of invites) issued.push({ invite, url: new URL(await reissue(trx, invite), site).href })
    await recordAudit(trx, actor, {
      action: 'update', table: 'validation_campaigns', rowId: campaignId, summary: `Sent reminders with new links to ${invites.length} employers of "${campaign.title}"`,
    })
    return issued
  })
  const sent = []
  for (const { invite, url } of links) sent.push(await emailInvitation(db, mail, campaign, invite, url, 'reminder'))
  return { reminded: sent.length, invites: sent }
}
