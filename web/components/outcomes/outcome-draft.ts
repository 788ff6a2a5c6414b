// A term of outcomes as the entry form holds it (every figure as typed) and what the server takes from it.
import type { OutcomeTermInput } from '../../../shared/schemas/outcomes'
import type { PublishedOutcome } from '../../api'
import type { FieldErrors } from '../../lib/form'

export const DRAFT_COUNTS = ['enrolled', 'completed', 'credentialEarned', 'continued', 'employedQ2', 'medianEarningsQ2'] as const
export type DraftCount = (typeof DRAFT_COUNTS)[number]

export const DRAFT_LABELS: Record<DraftCount, string> = {
  enrolled: 'Enrolled',
  completed: 'Completed',
  credentialEarned: 'Earned the credential',
  continued: 'Continued to the next stage',
  employedQ2: 'Employed (2nd quarter after exit)',
  medianEarningsQ2: 'Median quarterly earnings ($)',
}
// Not yet known is a real answer for these: left empty, they are sent as unknown.
export const OPTIONAL_COUNTS: ReadonlySet<DraftCount> = new Set(['continued', 'employedQ2', 'medianEarningsQ2'])

export type DraftRow = { key: number; subgroupDimension: string; subgroupValue: string } & Record<DraftCount, string>
export type TermDraft = { term: string; source: string; rows: DraftRow[] }

let nextKey = 0
export function blankRow(): DraftRow {
  return { key: nextKey++, subgroupDimension: '', subgroupValue: '', enrolled: '', completed: '', credentialEarned: '', continued: '', employedQ2: '', medianEarningsQ2: '' }
}

export const blankTerm = (): TermDraft => ({ term: '', source: '', rows: [blankRow()] })

// The stored rows of one term as a draft to edit, the all-learners row first.
export function draftOf(term: string, rows: readonly PublishedOutcome[], source: string): TermDraft {
  const ordered = [...rows].sort((a, b) => Number(a.subgroupDimension !== '') - Number(b.subgroupDimension !== ''))
  const text = (value: number | null) => (value === null ? '' : String(value))
  return {
    term,
    source,
    rows: ordered.map((row) => ({
      key: nextKey++, subgroupDimension: row.subgroupDimension, subgroupValue: row.subgroupValue,
      enrolled: text(row.enrolled), completed: text(row.completed), credentialEarned: text(row.credentialEarned),
      continued: text(row.continued), employedQ2: text(row.employedQ2), medianEarningsQ2: text(row.medianEarningsQ2),
    })),
  }
}

// The body of PUT …/outcomes/:term, or the figures that are not numbers (keyed as the server's paths are, e.g.
// "rows.1.enrolled"); the server checks the rest and names the field of what does not add up.
export function inputOf(draft: TermDraft): { input: OutcomeTermInput } | { errors: FieldErrors } {
  const errors: FieldErrors = {}
  const rows = draft.rows.map((row, index) => {
    const figure = (count: DraftCount): number | null => {
      const text = row[count].replace(/[$,\s]/g, '')
      if (text === '' && OPTIONAL_COUNTS.has(count)) return null
      if (text === '' || !Number.isFinite(Number(text))) errors[`rows.${index}.${count}`] = text === '' ? 'Enter the number of learners (0 if none)' : 'Enter a number'
      return Number(text)
    }
    return {
      subgroupDimension: row.subgroupDimension.trim(), subgroupValue: row.subgroupValue.trim(), source: draft.source.trim(),
      enrolled: figure('enrolled') ?? 0, completed: figure('completed') ?? 0, credentialEarned: figure('credentialEarned') ?? 0,
      continued: figure('continued'), employedQ2: figure('employedQ2'), medianEarningsQ2: figure('medianEarningsQ2'),
    }
  })
  return Object.keys(errors).length ? { errors } : { input: { rows } }
}
