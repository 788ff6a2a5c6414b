// The employer's side of a campaign: open an invitation (by its link, or from an employer account), rate
// competencies one by one, suggest missing ones, submit and sign off. An employer only ever reads its own
// invitation's answers; nothing here returns another employer's ratings or name.
import type { RatingInput, SuggestionInput } from '../../../shared/schemas/validation'
import type { Db } from '../../db/connect'
import { findInviteByTokenHash, invitesOfPerson, updateInvite, type InviteWithCampaign } from '../../db/queries/validation-campaigns'
import { insertSuggestion, ratingsOfInvite, suggestionsOfInvite, upsertRating } from '../../db/queries/validation-review'
import { campaignPhase, closedOnDay, closedSentence, describeCampaignDates, todayUtc } from '../../../shared/domain/campaign-dates'
import { now } from '../../db/stamps'
import { AppError, Invalid } from '../../errors'
import { loadScope } from './scope'
import { hashToken } from './tokens'

// Why an invitation can no longer be answered, in words with the day it actually closed, or null while it can.
function closedReason(invite: InviteWithCampaign): string | null {
  if (invite.revokedAt) return 'This invitation has been withdrawn by the college. Ask the person who sent it for a new link.'
  return campaignPhase(invite, todayUtc()) !== 'open' ? closedSentence(closedOnDay(invite)) : null
}

// Throws 410 (gone) with a plain reason when the invitation is revoked or its campaign has closed.
function assertUsable(invite: InviteWithCampaign): InviteWithCampaign {
  const reason = closedReason(invite)
  if (reason) throw new AppError('invitation_closed', 410, reason)
  return invite
}

// A withdrawn invitation shows nothing of the campaign any more: 410 with the reason.
function assertNotRevoked(invite: InviteWithCampaign): InviteWithCampaign {
  if (invite.revokedAt) assertUsable(invite)
  return invite
}

const unknownLink = () =>
  new AppError('invitation_not_found', 404, 'This invitation link is not valid. Check that the whole link was copied, or ask for a new one.')

async function byToken(db: Db, token: string): Promise<InviteWithCampaign> {
  const invite = await findInviteByTokenHash(db, hashToken(token))
  if (!invite) throw unknownLink()
  return invite
}

async function ofPerson(db: Db, person: { id: number; email: string }, id: number): Promise<InviteWithCampaign> {
  const [invite] = await invitesOfPerson(db, person, id)
  if (!invite) throw new AppError('not_found', 404, `Invitation ${id} does not exist`)
  return invite
}

// The usable invitation a link opens: 404 for an unknown token, 410 once revoked or closed.
export async function openByToken(db: Db, token: string): Promise<InviteWithCampaign> {
  return assertUsable(await byToken(db, token))
}

// The invitation a link opens for reading: a closed campaign's still shows (with why it can no longer change).
export async function readByToken(db: Db, token: string): Promise<InviteWithCampaign> {
  return assertNotRevoked(await byToken(db, token))
}

// The usable invitation of an employer account: 404 unless addressed to this person, 410 once closed.
export async function openForPerson(db: Db, person: { id: number; email: string }, id: number): Promise<InviteWithCampaign> {
  return assertUsable(await ofPerson(db, person, id))
}

// An employer account's invitation for reading, as readByToken.
export async function readForPerson(db: Db, person: { id: number; email: string }, id: number): Promise<InviteWithCampaign> {
  return assertNotRevoked(await ofPerson(db, person, id))
}

// The invitations addressed to an employer account, each with whether it can still be answered.
export async function invitationsOfPerson(db: Db, person: { id: number; email: string }) {
  const invites = await invitesOfPerson(db, person)
  return invites.map((i) => ({
    id: i.id, title: i.title, pathwayTitle: i.pathwayTitle, company: i.company, closesOn: i.closesOn,
    status: i.status, closedAt: i.closedAt, reopenedAt: i.reopenedAt,
    submittedAt: i.submittedAt, open: closedReason(i) === null, dates: describeCampaignDates(i, todayUtc()),
  }))
}

// What the reviewer page shows: the campaign, this invitation's own answers, and the competencies by area.
export async function reviewForm(db: Db, invite: InviteWithCampaign) {
  const [groups, ratings, suggestions] = await Promise.all([loadScope(db, invite), ratingsOfInvite(db, invite.id), suggestionsOfInvite(db, invite.id)])
  return {
    campaign: { title: invite.title, message: invite.message, closesOn: invite.closesOn, pathwayTitle: invite.pathwayTitle },
    // Why it can no longer be answered (then the page shows the answers given, read only), or null; and the day
    // it stopped taking answers, for pages that write the date in the reader's format.
    closed: closedReason(invite),
    closedOn: closedReason(invite) ? closedOnDay(invite) : null,
    invite: { employerName: invite.employerName, company: invite.company, submittedAt: invite.submittedAt },
    groups,
    ratings,
    suggestions: suggestions.map(({ id, areaId, statement, createdAt }) => ({ id, areaId, statement, createdAt })),
  }
}

async function assertInScope(db: Db, invite: InviteWithCampaign, check: (groups: Awaited<ReturnType<typeof loadScope>>) => boolean, what: string) {
  if (!check(await loadScope(db, invite))) throw new Invalid(`${what} is not part of this validation`)
}

// Saves one rating; the answer says how many competencies this invitation has rated so far.
export async function rate(db: Db, invite: InviteWithCampaign, competencyId: number, input: RatingInput) {
  await assertInScope(db, invite, (groups) => groups.some((g) => g.items.some((c) => c.id === competencyId)), `Competency ${competencyId}`)
  const updatedAt = await upsertRating(db, invite.id, competencyId, input)
  const rated = (await ratingsOfInvite(db, invite.id)).length
  return { competencyId, ...input, updatedAt, rated }
}

// Records a competency the employer finds missing under one of the campaign's areas.
export async function suggest(db: Db, invite: InviteWithCampaign, input: SuggestionInput) {
  await assertInScope(db, invite, (groups) => groups.some((g) => g.areaId === input.areaId), `Area ${input.areaId}`)
  const id = await insertSuggestion(db, invite.id, input.areaId, input.statement)
  return { id, areaId: input.areaId, statement: input.statement }
}

// Submits and signs off; allowed again (after changes) until the campaign closes.
export async function submit(db: Db, invite: InviteWithCampaign) {
  if ((await ratingsOfInvite(db, invite.id)).length === 0) throw new Invalid('Rate at least one competency before submitting.')
  const submittedAt = now()
  await updateInvite(db, invite.id, { submittedAt })
  return { submittedAt }
}
