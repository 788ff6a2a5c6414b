// Reading the Funding and Supports sheets of a curriculum workbook into typed rows: each module's funding sources
// with notes, and the supports of the pathway, its stages and its modules with their provider and contact.
import { FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS, type FundingSource } from '../../../../shared/domain/vocabulary'
import { SupportInput } from '../../../../shared/schemas/supports'
import type { Problems } from '../model'
import type { Grid } from '../workbook'
import { labelled, numberIn, required, rowsOf, type SheetRow } from './cells'
import { FUNDING_COLUMNS, SUPPORT_COLUMNS } from './columns'

type At<K extends string> = { row: number; at: SheetRow<K>['at'] }

export type WorkbookFunding = At<keyof typeof FUNDING_COLUMNS> & { moduleCode: string; source: FundingSource | null; notes: string | null }

// A support as a request carries it, less the provider, which is named here and resolved against the database.
export type WorkbookSupport = At<keyof typeof SUPPORT_COLUMNS> & {
  // The module it is for, or null for the pathway (stage null: the whole of it).
  moduleCode: string | null
  stage: number | null
  organisation: string | null
  support: Omit<SupportInput, 'organisationId'> | null
}

const orNull = (text: string) => text || null

function moduleOf(text: string, codes: Set<string>, where: ReturnType<SheetRow<'module'>['at']>, problems: Problems) {
  if (!codes.has(text)) problems.error(`Module ${text || '(blank)'} is not in the Modules sheet`, where)
  return text
}

// The Funding sheet: one source per row, each at most once per module.
export function readFunding(grid: Grid, codes: Set<string>, problems: Problems): WorkbookFunding[] {
  const seen = new Map<string, number>()
  return rowsOf(grid, FUNDING_COLUMNS, problems).map(({ row, text, at }) => {
    const moduleCode = moduleOf(text('module'), codes, at('module'), problems)
    const source = labelled(text('source'), FUNDING_SOURCE_LABELS, at('source'), problems)
    if (!text('source')) problems.error('This cell is empty; name the funding source', at('source'))
    const key = `${moduleCode}\u0000${source}`
    if (source && seen.has(key)) problems.error(`Module ${moduleCode} lists ${FUNDING_SOURCE_LABELS[source]} twice (first in row ${seen.get(key)})`, at('source'))
    if (source) seen.set(key, row)
    const notes = text('notes')
    if (notes.length > 1000) problems.error('This is longer than 1000 characters', at('notes'))
    return { row, at, moduleCode, source, notes: orNull(notes) }
  })
}

const CHECKED_COLUMNS = ['kind', 'description', 'contactName', 'contactEmail', 'contactPhone', 'contactNotes'] as const

// The Supports sheet: a row with a module code is that module's; else the stage's, or with no stage the pathway's.
export function readSupports(grid: Grid, codes: Set<string>, problems: Problems): WorkbookSupport[] {
  return rowsOf(grid, SUPPORT_COLUMNS, problems).map(({ row, text, at }) => {
    const moduleCode = text('module') ? moduleOf(text('module'), codes, at('module'), problems) : null
    const stage = numberIn(text('stage'), 1, 20, at('stage'), problems)
    if (moduleCode && text('stage')) problems.error('A support is for a module or for a stage of the pathway; clear the module code or the stage', at('stage'))
    const kind = labelled(text('kind'), SUPPORT_KIND_LABELS, at('kind'), problems)
    if (!text('kind')) problems.error('This cell is empty; name the type of support', at('kind'))
    required(text('description'), 1000, at('description'), problems)
    const organisation = text('organisation') || null
    // The same rules as the API's: an email that is one, a phone number as people write one, lengths.
    const parsed = SupportInput.omit({ organisationId: true }).safeParse({
      kind: kind ?? 'other',
      description: text('description'),
      contactName: text('contactName'),
      contactEmail: text('contactEmail'),
      contactPhone: text('contactPhone'),
      contactNotes: text('contactNotes'),
    })
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const column = CHECKED_COLUMNS.find((c) => c === issue.path[0])
        // The kind and an empty description are reported above, in words.
        if (!column || column === 'kind' || !text(column)) continue
        const message = issue.code === 'too_big' ? `This is longer than ${String(issue.maximum)} characters` : `This ${SUPPORT_COLUMNS[column].toLowerCase()} ${issue.message}`
        problems.error(message, at(column))
      }
    }
    return { row, at, moduleCode, stage: moduleCode ? null : stage, organisation, support: parsed.success && kind ? parsed.data : null }
  })
}
