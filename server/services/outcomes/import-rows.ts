// Reads a sheet of outcome counts (one row per module or credential, term and subgroup) into rows, naming every
// problem by row and column. Pure: the whole file is checked before anything is written.
import { consistencyProblems, type OutcomeCounts } from '../../../shared/domain/outcomes/measures'
import { isTerm, TERM_FORMAT_HINT } from '../../../shared/domain/outcomes/terms'
import { MAX_QUARTERLY_EARNINGS, MAX_SOURCE_LENGTH } from '../../../shared/schemas/outcomes'
import type { Problems } from '../import/model'
import { columnLetter } from '../import/workbook'

export const OUTCOME_SHEET_FIELDS = ['moduleCode', 'credentialTitle', 'term', 'subgroupDimension', 'subgroupValue', 'enrolled', 'completed', 'credentialEarned', 'continued', 'employedQ2', 'medianEarningsQ2', 'source'] as const
type Field = (typeof OUTCOME_SHEET_FIELDS)[number]

// The header each field is written with in the template, and the other names people use for it (compared
// lowercased with everything but letters and digits removed).
export const OUTCOME_SHEET_HEADERS: Record<Field, string> = {
  moduleCode: 'Module code',
  credentialTitle: 'Credential',
  term: 'Term',
  subgroupDimension: 'Subgroup',
  subgroupValue: 'Subgroup value',
  enrolled: 'Enrolled',
  completed: 'Completed',
  credentialEarned: 'Credential earned',
  continued: 'Continued to next stage',
  employedQ2: 'Employed Q2 after exit',
  medianEarningsQ2: 'Median earnings Q2 after exit',
  source: 'Source',
}
const OTHER_NAMES: Record<Field, string[]> = {
  moduleCode: ['module', 'code', 'coursecode', 'course'],
  credentialTitle: ['credential', 'credentialtitle', 'credentialname'],
  term: ['period', 'semester', 'programyear'],
  subgroupDimension: ['group', 'dimension', 'breakdown', 'subgroupname'],
  subgroupValue: ['value', 'groupvalue', 'category'],
  enrolled: ['enrollment', 'enrolment', 'participants', 'entered'],
  completed: ['completers', 'completions'],
  credentialEarned: ['credentialsearned', 'credentials', 'earnedcredential'],
  continued: ['continued', 'transitioned', 'continuednextstage', 'nextstage'],
  employedQ2: ['employed', 'employedq2', 'employment', 'employedsecondquarter'],
  medianEarningsQ2: ['medianearnings', 'earnings', 'medianearningsq2', 'medianquarterlyearnings'],
  source: ['datasource', 'sourceofdata', 'report'],
}
const REQUIRED: readonly Field[] = ['term', 'enrolled', 'completed', 'credentialEarned']

const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '')

export type OutcomeSheetRow = { row: number; moduleCode: string; credentialTitle: string; term: string; subgroupDimension: string; subgroupValue: string; source: string; counts: OutcomeCounts }

function mapHeader(header: readonly string[], problems: Problems): Partial<Record<Field, number>> {
  const columns: Partial<Record<Field, number>> = {}
  header.forEach((name, index) => {
    const key = squash(name)
    const field = OUTCOME_SHEET_FIELDS.find((f) => squash(OUTCOME_SHEET_HEADERS[f]) === key || OTHER_NAMES[f].includes(key))
    if (field && columns[field] === undefined) columns[field] = index
  })
  if (columns.moduleCode === undefined && columns.credentialTitle === undefined) {
    problems.error(`The header row has neither a "${OUTCOME_SHEET_HEADERS.moduleCode}" nor a "${OUTCOME_SHEET_HEADERS.credentialTitle}" column`, { row: 1 })
  }
  for (const field of REQUIRED) {
    if (columns[field] === undefined) problems.error(`The header row has no "${OUTCOME_SHEET_HEADERS[field]}" column`, { row: 1 })
  }
  return columns
}

// The rows of the sheet; every problem is added with its row (the header being row 1) and column.
export function readOutcomeRows(grid: readonly string[][], problems: Problems, sheet?: string): OutcomeSheetRow[] {
  const [header = [], ...body] = grid
  const columns = mapHeader(header, problems)
  if (problems.hasErrors) return []
  const rows: OutcomeSheetRow[] = []
  body.forEach((cells, index) => {
    if (cells.every((cell) => cell.trim() === '')) return
    const row = index + 2
    const before = problems.list.length
    const at = (field: Field) => {
      const column = columns[field]
      return { sheet, row, column: column === undefined ? OUTCOME_SHEET_HEADERS[field] : `${columnLetter(column)} (${header[column]})` }
    }
    const cell = (field: Field) => (columns[field] === undefined ? '' : (cells[columns[field]!] ?? '').trim())
    const whole = (field: Field, optional: boolean): number | null => {
      const text = cell(field).replace(/,/g, '')
      if (text === '' && optional) return null
      if (!/^\d+$/.test(text)) {
        problems.error(`"${cell(field)}" is not a whole, non-negative number of learners${optional ? ' (leave it empty when not known)' : ''}`, at(field))
        return null
      }
      return Number(text)
    }
    // Each row is about a module or a credential earned through the pathway, never both.
    const [moduleCode, credentialTitle] = [cell('moduleCode'), cell('credentialTitle')]
    if (moduleCode === '' && credentialTitle === '') problems.error('Give the module code or the credential', at(columns.moduleCode === undefined ? 'credentialTitle' : 'moduleCode'))
    if (moduleCode !== '' && credentialTitle !== '') problems.error('Give the module code or the credential, not both: put each on its own row', at('credentialTitle'))
    const term = cell('term').toLowerCase()
    if (!isTerm(term)) problems.error(`"${cell('term')}" is not a term: ${TERM_FORMAT_HINT}`, at('term'))
    const [subgroupDimension, subgroupValue] = [cell('subgroupDimension'), cell('subgroupValue')]
    if ((subgroupDimension === '') !== (subgroupValue === '')) {
      problems.error('Give both the subgroup and its value, or neither for the all-learners row', at(subgroupDimension === '' ? 'subgroupDimension' : 'subgroupValue'))
    }
    const earningsText = cell('medianEarningsQ2').replace(/[$,]/g, '')
    const medianEarningsQ2 = earningsText === '' ? null : Number(earningsText)
    if (medianEarningsQ2 !== null && !(medianEarningsQ2 >= 0 && medianEarningsQ2 <= MAX_QUARTERLY_EARNINGS)) {
      problems.error(`"${cell('medianEarningsQ2')}" is not quarterly earnings in dollars (0 to ${MAX_QUARTERLY_EARNINGS.toLocaleString('en-US')})`, at('medianEarningsQ2'))
    }
    const source = cell('source')
    if (source.length > MAX_SOURCE_LENGTH) problems.error(`The source is ${source.length} characters long; name the report in at most ${MAX_SOURCE_LENGTH}`, at('source'))
    const counts = {
      enrolled: whole('enrolled', false), completed: whole('completed', false), credentialEarned: whole('credentialEarned', false),
      continued: whole('continued', true), employedQ2: whole('employedQ2', true), medianEarningsQ2,
    }
    if (problems.list.length > before) return
    const checked = counts as OutcomeCounts
    for (const problem of consistencyProblems(checked)) problems.error(problem.message, at(problem.field))
    if (problems.list.length > before) return
    rows.push({ row, moduleCode, credentialTitle, term, subgroupDimension, subgroupValue, source, counts: checked })
  })
  return rows
}

