// Closing a campaign: its links stop working and each competency it asked about gets its consensus recorded
// (result, respondents, date), which the gap analysis then reads. The caller runs this in one transaction.
import { consensusOf, emptyDistribution } from '../../../shared/domain/consensus'
import type { Db } from '../../db/connect'
import { updateCampaign } from '../../db/queries/validation-campaigns'
import { insertValidationResults } from '../../db/queries/validation-results'
import { now } from '../../db/stamps'
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
  const results = ids.map((competencyId) => ({ competencyId, ...consensusOf(counts.get(competencyId) ?? emptyDistribution()) }))
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
