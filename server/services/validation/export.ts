// The results of a campaign as an XLSX workbook: about, ratings, comments, suggestions, invitations.
// Employers typed much of it, so every text cell is neutralised against formula injection.
import * as XLSX from 'xlsx'
import { consensusLabel, RATING_LABELS, FREQUENCY_LABELS } from '../../../shared/domain/consensus'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { neutraliseCell } from '../export/neutralise'
import { campaignResults } from './results'

type Cell = string | number | null

function sheet(rows: Cell[][]): XLSX.WorkSheet {
  return XLSX.utils.aoa_to_sheet(rows.map((row) => row.map((cell) => (typeof cell === 'string' ? neutraliseCell(cell) : cell))))
}

// The workbook's bytes and a file name for the download.
export async function campaignWorkbook(db: Db, actor: Viewer, id: number): Promise<{ bytes: Buffer; fileName: string }> {
  const { campaign, thresholds, groups, suggestions } = await campaignResults(db, actor, id)
  const items = groups.flatMap((g) => g.items.map((item) => ({ area: g.code ?? g.title, ...item })))
  const percent = (share: number) => `${Math.round(share * 100)}%`
  const workbook = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(workbook, sheet([
    ['Campaign', campaign.title],
    ['Pathway', campaign.pathwayTitle],
    ['Status', campaign.status],
    ['Closes on', campaign.closesOn],
    ['Closed at', campaign.closedAt],
    ['Reopened at', campaign.reopenedAt],
    ['Minimum respondents', campaign.minRespondents],
    ['Invited', campaign.response.invited],
    ['Submitted', campaign.response.submitted],
    ['Response rate', percent(campaign.response.rate)],
    ['Essential when', `at least ${percent(thresholds.essential)} of respondents rate it essential or important`],
    ['Not needed when', `more than ${percent(thresholds.notNeeded)} of respondents rate it not needed`],
    ['Respondents', "employers who submitted and gave a rating other than don't know"],
    ['Agreement', 'the share of respondents on the leading side: essential or important, against not needed'],
  ]), 'About')
  XLSX.utils.book_append_sheet(workbook, sheet([
    ['Area', 'Code', 'Competency', 'Essential', 'Important', 'Not needed', "Don't know", 'Respondents', 'Agreeing', 'Agreement', 'Consensus'],
    ...items.map((c) => [
      c.area, c.code, c.statement, c.distribution.essential, c.distribution.important, c.distribution.not_needed,
      c.distribution.dont_know, c.consensus.respondents, c.consensus.agreeing, percent(c.consensus.agreement), consensusLabel(c.consensus),
    ]),
  ]), 'Ratings')
  XLSX.utils.book_append_sheet(workbook, sheet([
    ['Code', 'Company', 'Employer', 'Rating', 'Frequency', 'Comment'],
    ...items.flatMap((c) => c.comments.map((n) => [
      c.code, n.company, n.employerName, RATING_LABELS[n.rating], n.frequency ? FREQUENCY_LABELS[n.frequency] : null, n.comment,
    ])),
  ]), 'Comments')
  XLSX.utils.book_append_sheet(workbook, sheet([
    ['Area', 'Suggested competency', 'Company', 'Employer', 'Status', 'Accepted as'],
    ...suggestions.map((s) => [s.areaCode, s.statement, s.company, s.employerName, s.status, s.competencyCode]),
  ]), 'Suggestions')
  XLSX.utils.book_append_sheet(workbook, sheet([
    ['Employer', 'Company', 'Email', 'Invited at', 'Submitted at', 'Revoked at', 'Competencies rated'],
    ...campaign.invites.map((i) => [i.employerName, i.company, i.email, i.createdAt, i.submittedAt, i.revokedAt, i.rated]),
  ]), 'Invitations')
  const bytes = XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer
  return { bytes, fileName: `validation-${campaign.pathwaySlug}-${campaign.id}.xlsx` }
}
