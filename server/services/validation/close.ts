// Closing a campaign: its links stop working and each competency it asked about gets its consensus recorded
// (result, respondents, agreement, date), which the gap analysis then reads. The caller runs this in one transaction.
import { consensusOf, emptyDistribution, recordedConsensus } from '../../../shared/domain/consensus'
import { todayUtc } from '../../../shared/domain/campaign-dates'
import type { ReopenInput } from '../../../shared/schemas/validation'
import type { Db } from '../../db/connect'
import { updateCampaign } from '../../db/queries/validation-campaigns'
import { deleteValidationResults, insertValidationResults } from '../../db/queries/validation-results'
import { now } from '../../db/stamps'
import { AppError, Invalid } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { assertOpen, getCampaign, requireCampaign } from './campaigns'
import { distributions } from './results'
import { loadScope } from './scope'

// Closes an open campaign and records its results; answers the closed campaign with the counts recorded.
export async function closeCampaign(db: Db, actor: Viewer, id: number) {
  const campaign = await requireCampaign(db, actor, id)
  assertOpen(campaign)
  const at = now()
  const [groups, counts] = await Promise.all([loadScope(db, { ...campaign, campaignId: campaign.id }), distributions(db, id)])
  const ids = [...new Set(groups.flatMap((g) => g.items.map((c) => c.id)))]
  const results = ids.map((competencyId) => ({
    competencyId,
    ...recordedConsensus(consensusOf(counts.get(competencyId) ?? emptyDistribution(), campaign.minRespondents)),
  }))
  await insertValidationResults(db, id, results, at)
  await updateCampaign(db, id, { status: 'closed', closedAt: at })
  const tally = (result: string) => results.filter((r) => r.result === result).length
  const recorded = { competencies: results.length, essential: tally('essential'), notNeeded: tally('not_needed'), noConsensus: tally('no_consensus') }
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_campaigns', rowId: id, summary: `Closed validation campaign "${campaign.title}" and recorded its results`,
    before: { status: 'open' }, after: { status: 'closed', closedAt: at, recorded },
  })
  return { ...(await getCampaign(db, actor, id)), recorded }
}

// Reopens a closed campaign until a new last day: its links work again, and what it recorded is forgotten until
// it closes again (so the gap analysis never reads a consensus that more answers may still change).
export async function reopenCampaign(db: Db, actor: Viewer, id: number, input: ReopenInput) {
  const campaign = await requireCampaign(db, actor, id)
  if (campaign.status !== 'closed') throw new AppError('campaign_open', 409, `Campaign "${campaign.title}" is open already.`)
  if (input.closesOn < todayUtc()) throw new Invalid('The new closing day has passed: choose today or a later day.', { field: 'closesOn' })
  const at = now()
  await deleteValidationResults(db, id)
  await updateCampaign(db, id, { status: 'open', closedAt: null, reopenedAt: at, closesOn: input.closesOn })
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_campaigns', rowId: id, summary: `Reopened validation campaign "${campaign.title}" until ${input.closesOn}`,
    before: { status: 'closed', closedAt: campaign.closedAt, closesOn: campaign.closesOn }, after: { status: 'open', reopenedAt: at, closesOn: input.closesOn },
  })
  return getCampaign(db, actor, id)
}
