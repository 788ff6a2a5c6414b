// What faculty learn from a campaign: per competency the distribution of ratings, the consensus and the
// comments; the suggestions, which they accept into the framework or decline; the response rate.
import { consensusOf, CONSENSUS_THRESHOLDS, emptyDistribution, type Distribution } from '../../../shared/domain/consensus'
import type { AcceptSuggestionInput } from '../../../shared/schemas/validation'
import type { Db } from '../../db/connect'
import { decideSuggestion, findSuggestion, ratingCounts, ratingNotes, suggestionsOfCampaign } from '../../db/queries/validation-results'
import { now } from '../../db/stamps'
import { Conflict, NotFound } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { createCompetency } from '../competencies'
import { getCampaign } from './campaigns'
import { loadScope } from './scope'

// Each competency's distribution of ratings from submitted, unrevoked invitations.
export async function distributions(db: Db, campaignId: number): Promise<Map<number, Distribution>> {
  const counts = new Map<number, Distribution>()
  for (const row of await ratingCounts(db, campaignId)) {
    const distribution = counts.get(row.competencyId) ?? emptyDistribution()
    distribution[row.rating] = row.n
    counts.set(row.competencyId, distribution)
  }
  return counts
}

// The full results of a campaign, competencies grouped by area as employers saw them.
export async function campaignResults(db: Db, actor: Viewer, id: number) {
  const campaign = await getCampaign(db, actor, id)
  const [groups, counts, notes, suggestions] = await Promise.all([
    loadScope(db, { ...campaign, campaignId: campaign.id }),
    distributions(db, id),
    ratingNotes(db, id),
    suggestionsOfCampaign(db, id),
  ])
  const notesOf = new Map<number, typeof notes>()
  for (const note of notes) notesOf.set(note.competencyId, [...(notesOf.get(note.competencyId) ?? []), note])
  return {
    campaign,
    thresholds: CONSENSUS_THRESHOLDS,
    groups: groups.map((group) => ({
      ...group,
      items: group.items.map((item) => {
        const distribution = counts.get(item.id) ?? emptyDistribution()
        const comments = (notesOf.get(item.id) ?? []).map(({ competencyId: _id, ...note }) => note)
        return { ...item, distribution, consensus: consensusOf(distribution, campaign.minRespondents), comments }
      }),
    })),
    suggestions: suggestions.map(({ revokedAt, ...s }) => ({ ...s, fromRevoked: revokedAt !== null })),
  }
}

async function pendingSuggestion(db: Db, actor: Viewer, campaignId: number, suggestionId: number) {
  await getCampaign(db, actor, campaignId)
  const suggestion = await findSuggestion(db, campaignId, suggestionId)
  if (!suggestion) throw new NotFound('Suggestion', suggestionId)
  if (suggestion.status !== 'pending') throw new Conflict('already_decided', `Suggestion ${suggestionId} was already ${suggestion.status}.`)
  return suggestion
}

// Accepts a suggestion: creates the competency under its area (through the competencies service) and links it.
export async function acceptSuggestion(db: Db, actor: Viewer, campaignId: number, suggestionId: number, input: AcceptSuggestionInput) {
  const suggestion = await pendingSuggestion(db, actor, campaignId, suggestionId)
  const competency = await createCompetency(db, actor, {
    frameworkId: suggestion.frameworkId,
    parentId: suggestion.areaId,
    code: input.code ?? `${suggestion.areaCode}-S${suggestion.id}`,
    statement: input.statement ?? suggestion.statement,
    kind: 'competency',
    level: null,
  })
  await decideSuggestion(db, suggestionId, 'accepted', competency.id, now())
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_suggestions', rowId: suggestionId, summary: `Accepted suggestion ${suggestionId} as competency ${competency.code}`,
    before: suggestion, after: { status: 'accepted', competencyId: competency.id },
  })
  return { suggestionId, status: 'accepted' as const, competency: { id: competency.id, code: competency.code, statement: competency.statement } }
}

// Declines a suggestion.
export async function declineSuggestion(db: Db, actor: Viewer, campaignId: number, suggestionId: number) {
  const suggestion = await pendingSuggestion(db, actor, campaignId, suggestionId)
  await decideSuggestion(db, suggestionId, 'declined', null, now())
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_suggestions', rowId: suggestionId, summary: `Declined suggestion ${suggestionId}`,
    before: suggestion, after: { status: 'declined' },
  })
  return { suggestionId, status: 'declined' as const, competency: null }
}
