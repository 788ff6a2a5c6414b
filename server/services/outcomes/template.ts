// The workbook a partnership fills in with its outcome counts: one row per module of the pathway the person
// may see and per credential those modules lead to, the columns the import reads, and a sheet that explains them.
import * as XLSX from 'xlsx'
import { TERM_FORMAT_HINT } from '../../../shared/domain/outcomes/terms'
import type { Db } from '../../db/connect'
import { credentialsOfPathway } from '../../db/queries/credential-outcome-counts'
import { findPathwayBySlug, placementsOf } from '../../db/queries/pathways'
import { NotFound } from '../../errors'
import type { Viewer } from '../access'
import { OUTCOME_SHEET_FIELDS, OUTCOME_SHEET_HEADERS } from './import-rows'

const EXPLANATIONS = [
  ['Column', 'What to enter'],
  [OUTCOME_SHEET_HEADERS.moduleCode, 'The module code as Rungs shows it (filled in for each module of the pathway); empty on a credential\'s row'],
  [OUTCOME_SHEET_HEADERS.credentialTitle, 'For a credential earned through the pathway instead of a module: its title as Rungs shows it (filled in for each); the counts are then learners who attempted it (enrolled, completed) and earned it'],
  [OUTCOME_SHEET_HEADERS.term, `The reporting term: ${TERM_FORMAT_HINT}`],
  [OUTCOME_SHEET_HEADERS.subgroupDimension, 'Empty for the row of all learners; otherwise the breakdown, e.g. "English learner" or "Entry level"'],
  [OUTCOME_SHEET_HEADERS.subgroupValue, 'Empty for all learners; otherwise the group, e.g. "yes" or "ABE 3"'],
  [OUTCOME_SHEET_HEADERS.enrolled, 'Learners who started the module in the term'],
  [OUTCOME_SHEET_HEADERS.completed, 'Of them, learners who completed it'],
  [OUTCOME_SHEET_HEADERS.credentialEarned, 'Of the completers, learners who earned the module\'s credential'],
  [OUTCOME_SHEET_HEADERS.continued, 'Of the completers, learners who enrolled in a next-stage module of the pathway (empty when not known)'],
  [OUTCOME_SHEET_HEADERS.employedQ2, 'Learners employed in a target occupation in the second quarter after exit (empty when not known)'],
  [OUTCOME_SHEET_HEADERS.medianEarningsQ2, 'Their median quarterly earnings in dollars (empty when not known)'],
  [OUTCOME_SHEET_HEADERS.source, 'Where the figures come from, e.g. "WIOA Title II report 2024" (optional; readers see it beside the figures)'],
  [],
  ['Counts only: never enter records of single students. Counts under the instance\'s threshold are shown as "fewer than" to anyone outside your organisation.'],
]

export async function outcomeTemplate(db: Db, viewer: Viewer, slug: string): Promise<{ title: string; bytes: Buffer }> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const modules = await placementsOf(db, pathway.id, viewer)
  const credentials = await credentialsOfPathway(db, modules.map((m) => m.id))
  const header = OUTCOME_SHEET_FIELDS.map((field) => OUTCOME_SHEET_HEADERS[field])
  const book = XLSX.utils.book_new()
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([header, ...modules.map((m) => [m.code]), ...credentials.map((c) => ['', c.title])]), 'Outcomes')
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(EXPLANATIONS), 'Read me')
  const bytes = XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer
  return { title: pathway.title, bytes }
}
