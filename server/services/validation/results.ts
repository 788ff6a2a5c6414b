// What faculty learn from a campaign: per competency the distribution of ratings, the consensus and the
// comments; the suggestions, which they accept into the framework or decline; the response rate.
import { consensusOf, CONSENSUS_THRESHOLDS, emptyDistribution, type Distribution } from '../../../shared/domain/consensus'
import type { AcceptSuggestionInput } from '../../../shared/schemas/validation'
import type { Db } from '../../db/connect'
import { decideSuggestion, findSuggestion, markDraft, pendingSuggestionsUnder, ratingCounts, ratingNotes, suggestionsOfCampaign } from '../../db/queries/validation-results'
import { now } from '../../db/stamps'
import { Conflict, NotFound } from '../../errors'
import type { Viewer } from '../access'
import { recordAudit } from '../audit'
import { createCompetency } from '../competencies/write'
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

// The same suggestion made by several employers: same words, ignoring case, spacing and a final full stop.
const sameWords = (a: string, b: string) => {
  const norm = (t: string) => t.toLowerCase().replace(/\s+/g, ' ').replace(/[.\s]+$/, '').trim()
  return norm(a) === norm(b)
}

// Accepts a suggestion as reviewed: the competency goes into the chosen framework as a draft (left out of the
// analysis and of validation until published) whose provenance names the employers and the campaign. The same
// suggestion pending from other employers of the campaign is accepted with it.
export async function acceptSuggestion(db: Db, actor: Viewer, campaignId: number, suggestionId: number, input: AcceptSuggestionInput) {
  const suggestion = await pendingSuggestion(db, actor, campaignId, suggestionId)
  const campaign = await getCampaign(db, actor, campaignId)
  const same = (await pendingSuggestionsUnder(db, campaignId, suggestion.areaId)).filter((s) => s.id === suggestionId || sameWords(s.statement, suggestion.statement))
  const employers = new Set(same.map((s) => s.inviteId)).size
  const competency = await createCompetency(db, actor, { ...input, level: null })
  const provenance = `Suggested by ${employers} ${employers === 1 ? 'employer' : 'employers'} in campaign "${campaign.title}"`
  await markDraft(db, competency.id, provenance)
  const at = now()
  for (const s of same) await decideSuggestion(db, s.id, 'accepted', competency.id, at)
  await recordAudit(db, actor, {
    action: 'update', table: 'validation_suggestions', rowId: suggestionId, summary: `Accepted "${suggestion.statement}" as draft competency ${competency.code} (${provenance.toLowerCase()})`,
    before: suggestion, after: { status: 'accepted', competencyId: competency.id, suggestionIds: same.map((s) => s.id) },
  })
  return { suggestionId, status: 'accepted' as const, competency: { id: competency.id, code: competency.code, statement: competency.statement, status: 'draft' as const, provenance } }
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
