// Comparing a curriculum workbook with the pathway as stored: for each module, the fields, credentials,
// placement, outcomes and alignments that would change, and the edit that makes each change.
import { DELIVERY_FORMAT_LABELS, type DeliveryFormat } from '../../../../shared/domain/vocabulary'
import type { FieldChange, ItemChange, ModuleChange } from '../../../../shared/schemas/curriculum'
import type { AlignmentInput } from '../../../../shared/schemas/module'
import type { FundingInput, SupportInput } from '../../../../shared/schemas/supports'
import { docFromText, type RichTextDoc } from '../../../../shared/schemas/rich-text'
import type { Problems } from '../model'
import type { CurriculumModule } from './export'
import { fundingChange, namedOf, supportsChange, type Terms } from './plan-terms'
import type { WorkbookModule, WorkbookOutcome, Workbook } from './read'
import type { Lookups, ModuleDetail } from './resolve'

type Placement = { stage: number; isEntry: boolean; isExit: boolean }
type Alignment = AlignmentInput & { code: string }
type Outcome = { id?: number; position: number; text: string; content: RichTextDoc; alignments: Alignment[] }

// One module of the workbook that differs from what is stored, with everything needed to write it.
export type ModuleWrite = {
  row: WorkbookModule
  current: ModuleDetail | null
  change: ModuleChange
  credentialIds: number[]
  outcomes: Outcome[]
  alignments: Alignment[]
  funding: FundingInput[]
  supports: SupportInput[]
  placement: Placement
  // Which parts of the module itself change (the placement is written through the pathway).
  edits: { fields: (keyof ModuleFieldValues)[]; credentials: boolean; outcomes: boolean; alignments: boolean; funding: boolean; supports: boolean }
}

// The Status column is shown but not imported: status moves through the approval workflow only.
type ModuleFieldValues = Pick<ModuleDetail, 'title' | 'level' | 'kind' | 'clockHours' | 'credits' | 'durationWeeks' | 'costToStudent' | 'delivery' | 'entryLevel'>
const FIELDS = ['title', 'level', 'kind', 'clockHours', 'credits', 'durationWeeks', 'costToStudent', 'delivery', 'entryLevel'] as const

// A value as the preview shows it; the only list among the fields is the schedule options, shown in words.
const show = (value: unknown) => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'boolean') return value ? 'yes' : 'no'
  if (Array.isArray(value)) return value.map((f: DeliveryFormat) => DELIVERY_FORMAT_LABELS[f]).join('; ')
  return String(value)
}
const depthOf = (a: { depth: string; assessed: boolean }) => `${a.depth}${a.assessed ? ', assessed' : ''}`

// The workbook's field values of a module (fields left invalid fall back to what is stored).
export const fieldsOf = (row: WorkbookModule, current: ModuleDetail | null): ModuleFieldValues => ({
  title: row.title,
  level: row.level ?? current?.level ?? 'postsecondary',
  kind: row.kind ?? current?.kind ?? 'occupational',
  clockHours: row.clockHours,
  credits: row.credits,
  // Columns a workbook lacks leave what is stored.
  durationWeeks: row.durationWeeks !== undefined ? row.durationWeeks : (current?.durationWeeks ?? null),
  costToStudent: row.costToStudent !== undefined ? row.costToStudent : (current?.costToStudent ?? null),
  delivery: row.delivery ?? current?.delivery ?? [],
  entryLevel: row.entryLevel,
})

function checkVersion(row: WorkbookModule, current: ModuleDetail | null, problems: Problems) {
  const where = row.at('version')
  if (!current && row.version !== null) problems.error(`Module ${row.code} no longer exists; clear its version to create it again`, where)
  if (!current) return
  if (row.version === null) problems.error(`Module ${row.code} already exists (version ${current.version}); give the version you edited`, where)
  else if (row.version < current.version) problems.error(`Module ${row.code} changed since this workbook was exported (v${row.version} → v${current.version}); export it again and redo your edits`, where)
  else if (row.version > current.version) problems.error(`Module ${row.code} is at version ${current.version}, not ${row.version}`, where)
}

function outcomesOf(row: WorkbookModule, current: ModuleDetail | null, workbook: Workbook, lookups: Lookups, problems: Problems): { outcomes: Outcome[]; alignments: Alignment[] } {
  const stored = new Map((current?.outcomes ?? []).map((o) => [o.uuid, o]))
  const used = new Set<string>()
  const rows = workbook.outcomes.filter((o) => o.moduleCode === row.code).sort((a, b) => a.position - b.position)
  const resolve = (o: WorkbookOutcome) => {
    const existing = o.uuid ? stored.get(o.uuid) : undefined
    if (o.uuid && (!existing || used.has(o.uuid))) problems.error(existing ? `Outcome ${o.uuid} is listed twice` : `Outcome ${o.uuid} is not an outcome of module ${row.code}; clear the cell to add a new outcome`, o.at('uuid'))
    if (o.uuid) used.add(o.uuid)
    return existing
  }
  const alignmentsAt = (position: number | null) => {
    const list = workbook.alignments.filter((a) => a.moduleCode === row.code && a.outcome === position)
    const seen = new Set<number>()
    return list.flatMap((a) => {
      const found = lookups.alignment(a)
      if (found && seen.has(found.competencyId)) problems.error(`Competency ${a.competency} is aligned twice here`, a.at('competency'))
      if (!found || seen.has(found.competencyId)) return []
      seen.add(found.competencyId)
      return [found]
    })
  }
  const outcomes = rows.map((o): Outcome => {
    const existing = resolve(o)
    const content = existing && existing.text === o.text ? existing.content : docFromText(o.text)
    return { ...(existing ? { id: existing.id } : {}), position: o.position, text: o.text, content, alignments: alignmentsAt(o.position) }
  })
  return { outcomes, alignments: alignmentsAt(null) }
}

function diffAlignments(what: string, before: { competencyId: number; competencyCode?: string; code?: string; depth: string; assessed: boolean }[], after: Alignment[]): ItemChange[] {
  const changes: ItemChange[] = []
  const old = new Map(before.map((a) => [a.competencyId, a]))
  for (const a of after) {
    const b = old.get(a.competencyId)
    old.delete(a.competencyId)
    if (!b) changes.push({ action: 'add', what: `${what} · ${a.code}`, before: '', after: depthOf(a) })
    else if (depthOf(b) !== depthOf(a)) changes.push({ action: 'change', what: `${what} · ${a.code}`, before: depthOf(b), after: depthOf(a) })
  }
  for (const b of old.values()) changes.push({ action: 'remove', what: `${what} · ${b.competencyCode ?? b.code}`, before: depthOf(b), after: '' })
  return changes
}

function diffOutcomes(current: ModuleDetail | null, outcomes: Outcome[], alignments: Alignment[]) {
  const items: ItemChange[] = []
  const aligned: ItemChange[] = diffAlignments('module', current?.alignments ?? [], alignments)
  const stored = current?.outcomes ?? []
  outcomes.forEach((o, i) => {
    const before = stored.find((s) => s.id === o.id)
    const beforeAt = before ? stored.indexOf(before) + 1 : 0
    if (!before) items.push({ action: 'add', what: `outcome ${o.position}`, before: '', after: o.text })
    else if (before.text !== o.text || beforeAt !== i + 1) items.push({ action: 'change', what: `outcome ${o.position}`, before: `${beforeAt}. ${before.text}`, after: `${i + 1}. ${o.text}` })
    aligned.push(...diffAlignments(`outcome ${o.position}`, before?.alignments ?? [], o.alignments))
  })
  stored.forEach((s, i) => {
    if (outcomes.some((o) => o.id === s.id)) return
    items.push({ action: 'remove', what: `outcome ${i + 1}`, before: s.text, after: '' })
    aligned.push(...diffAlignments(`outcome ${i + 1}`, s.alignments, []))
  })
  return { items, aligned }
}

// The write a module row needs, or null when the row matches what is stored.
export function planModule(row: WorkbookModule, current: ModuleDetail | null, placed: CurriculumModule | undefined, workbook: Workbook, lookups: Lookups, terms: Terms, problems: Problems): ModuleWrite | null {
  checkVersion(row, current, problems)
  const values = fieldsOf(row, current)
  const credentialIds = lookups.credentialIds(row)
  const { outcomes, alignments } = outcomesOf(row, current, workbook, lookups, problems)
  const placement: Placement = { stage: row.stage ?? placed?.stage ?? 1, isEntry: row.isEntry, isExit: row.isExit }
  const fields: FieldChange[] = []
  const changedFields = FIELDS.filter((f) => !current || show(current[f]) !== show(values[f]))
  for (const f of changedFields) fields.push({ field: f, before: show(current?.[f]), after: show(values[f]) })
  const storedCredentials = (current?.credentials ?? []).map((c) => c.title).sort().join('; ')
  const credentials = storedCredentials !== [...row.credentials].sort().join('; ')
  if (credentials) fields.push({ field: 'credentials', before: storedCredentials, after: row.credentials.join('; ') })
  for (const key of ['stage', 'isEntry', 'isExit'] as const) {
    if (show(placed?.[key]) !== show(placement[key])) fields.push({ field: key === 'stage' ? 'stage' : key === 'isEntry' ? 'entry' : 'exit', before: show(placed?.[key]), after: show(placement[key]) })
  }
  const funding = terms.fundingOf(row.code)
  const fundingChanged = fundingChange(current?.funding ?? [], funding)
  const supports = terms.supportsOf(row.code)
  const supportsChanged = supportsChange((current?.supports ?? []).map(namedOf), supports)
  fields.push(...[fundingChanged, supportsChanged].filter((f) => f !== null))
  const { items, aligned } = diffOutcomes(current, outcomes, alignments)
  if (current && !fields.length && !items.length && !aligned.length) return null
  const change: ModuleChange = { code: row.code, action: current ? 'update' : 'create', version: current?.version ?? null, fields, outcomes: items, alignments: aligned }
  const outcomeAlignments = aligned.some((a) => a.what.startsWith('outcome'))
  const edits = {
    fields: changedFields, credentials, outcomes: items.length > 0 || outcomeAlignments, alignments: aligned.some((a) => a.what.startsWith('module')),
    funding: fundingChanged !== null, supports: supportsChanged !== null,
  }
  return {
    row, current, change, credentialIds, outcomes, alignments, placement, edits,
    funding: funding ?? [], supports: (supports ?? []).map((s) => s.support),
  }
}
