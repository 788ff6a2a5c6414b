// Aggregate learner outcomes (issue 18): the rows people enter, import or send, and what readers get back.
import { z } from 'zod'
import { consistencyProblems, OUTCOME_COUNT_LABELS, type OutcomeCounts } from '../domain/outcomes/measures'
import type { PublishedOutcomeRow } from '../domain/outcomes/table'
import { isTerm, TERM_FORMAT_HINT } from '../domain/outcomes/terms'
import { Id, Text, Whole } from './common'
import { uploadForm, type ImportProblem } from './import'

export const OutcomeTerm = Text(12).refine(isTerm, `is not a term: ${TERM_FORMAT_HINT}`)
export const OutcomeTermParam = z.object({ id: Id, term: OutcomeTerm })
export const OutcomeQuery = z.object({ term: OutcomeTerm.optional() })

// Median quarterly earnings above this are refused as typing slips (annual pay typed as quarterly, or cents).
export const MAX_QUARTERLY_EARNINGS = 250_000
// A source names a report or data system, not a document.
export const MAX_SOURCE_LENGTH = 200

const count = (label: string) => Whole().describe(label)
const OutcomeCountsFields = z.object({
  subgroupDimension: Text(60).default(''),
  subgroupValue: Text(60).default(''),
  enrolled: count(OUTCOME_COUNT_LABELS.enrolled),
  completed: count(OUTCOME_COUNT_LABELS.completed),
  credentialEarned: count(OUTCOME_COUNT_LABELS.credentialEarned),
  continued: count(OUTCOME_COUNT_LABELS.continued).nullable().default(null),
  employedQ2: count(OUTCOME_COUNT_LABELS.employedQ2).nullable().default(null),
  medianEarningsQ2: z.number().min(0, 'must not be negative').max(MAX_QUARTERLY_EARNINGS, `must be at most $${MAX_QUARTERLY_EARNINGS.toLocaleString('en-US')} a quarter`).nullable().default(null),
  source: Text(MAX_SOURCE_LENGTH).default('').describe('Where the figures come from, e.g. "WIOA Title II report 2024"'),
})

// Both or neither: the all-learners row has no subgroup, a subgroup row names its dimension and value.
function checkRow(row: OutcomeCounts & { subgroupDimension: string; subgroupValue: string }, ctx: z.RefinementCtx) {
  if ((row.subgroupDimension === '') !== (row.subgroupValue === '')) {
    ctx.addIssue({ code: 'custom', path: [row.subgroupDimension === '' ? 'subgroupDimension' : 'subgroupValue'], message: 'Give both the subgroup and its value, or neither for all learners' })
  }
  for (const problem of consistencyProblems(row)) ctx.addIssue({ code: 'custom', path: [problem.field], message: problem.message })
}

export const OutcomeRowInput = OutcomeCountsFields.superRefine(checkRow)
export type OutcomeRowInput = z.infer<typeof OutcomeRowInput>

// One term of a module or credential, entered by hand or sent by a script: it replaces what the module had for that term.
// Exactly one all-learners row; no subgroup twice.
export const OutcomeTermInput = z
  .object({ rows: z.array(OutcomeRowInput).min(1, 'Give at least the all-learners row').max(200) })
  .superRefine(({ rows }, ctx) => {
    if (rows.filter((row) => row.subgroupDimension === '').length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['rows'], message: 'Give exactly one row for all learners (no subgroup)' })
    }
    const seen = new Set<string>()
    rows.forEach((row, index) => {
      const key = `${row.subgroupDimension.toLowerCase()}\u0000${row.subgroupValue.toLowerCase()}`
      if (seen.has(key)) ctx.addIssue({ code: 'custom', path: ['rows', index, 'subgroupValue'], message: `${row.subgroupDimension} "${row.subgroupValue}" is given twice` })
      seen.add(key)
    })
  })
export type OutcomeTermInput = z.infer<typeof OutcomeTermInput>

export const OutcomeImportForm = uploadForm(
  z.object({ expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional() }),
  'Attach the CSV or XLSX file of outcome counts as "file"',
)

// What an outcome import would write (preview) or wrote (commit): rows per module (or credential) and term, the
// terms it replaces, and every problem located by row and column.
export type OutcomeImportSummary = {
  fileHash: string
  rows: number
  modules: number
  credentials: number
  terms: string[]
  replace: number
  problems: ImportProblem[]
  ok: boolean
}

// A module's outcomes as the reader may see them: whole for its own organisation, otherwise suppressed
// (`threshold` says under what count; `suppressed` lists the hidden figures of each row); `sources` names
// where its figures come from (distinct, non-empty).
type PublishedOutcomes = {
  whole: boolean
  threshold: number
  sources: string[]
  rows: PublishedOutcomeRow[]
}
export type ModuleOutcomes = PublishedOutcomes & { moduleId: number; code: string; title: string }

// A credential's outcomes (learners who attempted and earned it, employment, earnings), published alike.
export type CredentialOutcomes = PublishedOutcomes & { credentialId: number; title: string }

// A pathway's outcomes: its modules' and those of the credentials they lead to, every term either reports and
// every source named.
export type PathwayOutcomes = { threshold: number; terms: string[]; sources: string[]; modules: ModuleOutcomes[]; credentials: CredentialOutcomes[] }

// When a group's rate is told as a gap: more than `points` percentage points below the other learners', with at
// least `minLearners` on each side. The instance's equity_gap settings (RUNGS_OUTCOME_GAP_POINTS and
// _MIN_LEARNERS), served with a pathway's outcomes (answers/outcomes.ts) so the picture tells the gaps the
// findings judge.
export const OutcomeGapSettings = z.object({ points: z.number().min(0).max(100), minLearners: z.number().int().min(1) })
export type OutcomeGapSettings = z.infer<typeof OutcomeGapSettings>
