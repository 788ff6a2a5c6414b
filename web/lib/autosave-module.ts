// The module editor's local draft: built from the server's module, turned into the PATCH that autosave sends,
// and compared with another version of the module when a save conflicts.
import { diffModuleSnapshots, type ModuleChange, type ModuleSnapshot, type SnapshotAlignment } from '../../shared/domain/module-diff'
import type { DeliveryFormat, Depth, Level, ModuleKind, ModuleStatus } from '../../shared/domain/vocabulary'
import { ModulePatch } from '../../shared/schemas/module'
import { textOf, type RichTextDoc } from '../../shared/schemas/rich-text'
import type { Alignment, ModuleDetail } from '../api'
import { DraftProblem } from './autosave'
import { validate, type FieldErrors } from './form'
import { fundingInput, supportDraftOf, supportInput, type FundingDraft, type SupportDraft } from './supports-draft'

export type DraftAlignment = { competencyId: number; code: string; statement: string; depth: Depth; assessed: boolean }
// `key` identifies an outcome in the page even before the server has given it an id.
export type DraftOutcome = { key: string; id?: number; content: RichTextDoc; alignments: DraftAlignment[] }
export type ModuleDraft = {
  code: string
  title: string
  level: Level
  kind: ModuleKind
  // Number fields are kept as typed, so a half-typed "1." is not lost; they become numbers when sent.
  clockHours: string
  credits: string
  entryLevel: string
  // Percent of the hours taught by two instructors together; kept while the kind changes, sent only for integrated.
  teamTaughtShare: string
  // Whole weeks and whole dollars, as typed.
  durationWeeks: string
  costToStudent: string
  delivery: DeliveryFormat[]
  status: ModuleStatus
  description: RichTextDoc
  outcomes: DraftOutcome[]
  alignments: DraftAlignment[]
  prerequisites: { id: number; code: string; title: string }[]
  credentials: { id: number; title: string }[]
  supports: SupportDraft[]
  funding: FundingDraft[]
}

let keys = 0
// A key for an outcome that is new in this page.
export const newOutcomeKey = () => `new-${++keys}`

const draftAlignment = (a: Alignment): DraftAlignment => ({
  competencyId: a.competencyId,
  code: a.competencyCode,
  statement: a.competencyStatement,
  depth: a.depth,
  assessed: a.assessed,
})

// The editable draft of a module as the server has it.
export function draftOf(module: ModuleDetail): ModuleDraft {
  return {
    code: module.code,
    title: module.title,
    level: module.level,
    kind: module.kind,
    clockHours: module.clockHours == null ? '' : String(module.clockHours),
    credits: module.credits == null ? '' : String(module.credits),
    entryLevel: module.entryLevel ?? '',
    teamTaughtShare: module.teamTaughtShare == null ? '' : String(module.teamTaughtShare),
    durationWeeks: module.durationWeeks == null ? '' : String(module.durationWeeks),
    costToStudent: module.costToStudent == null ? '' : String(module.costToStudent),
    delivery: [...module.delivery],
    status: module.status,
    // The client's JSON inference loosens the document type; it is the RichTextDoc the server stored.
    description: module.description as RichTextDoc,
    outcomes: module.outcomes.map((o) => ({
      key: `outcome-${o.id}`,
      id: o.id,
      content: o.content as RichTextDoc,
      alignments: o.alignments.map(draftAlignment),
    })),
    alignments: module.alignments.map(draftAlignment),
    prerequisites: module.prerequisites.map((p) => ({ id: p.id, code: p.code, title: p.title })),
    credentials: module.credentials.map((c) => ({ id: c.id, title: c.title })),
    supports: module.supports.map(supportDraftOf),
    funding: module.funding.map((f) => ({ source: f.source, notes: f.notes ?? '' })),
  }
}

const FIELD_NAMES: Record<string, string> = {
  code: 'code',
  title: 'title',
  clockHours: 'clock hours',
  credits: 'credits',
  entryLevel: 'entry level',
  teamTaughtShare: 'team-taught share',
  durationWeeks: 'weeks',
  costToStudent: 'cost to student',
}

// Where a schema problem is, in words: "support 2 contactEmail", "funding", "weeks".
const placeOf = (path: readonly PropertyKey[]) => {
  const [first, index, field] = path.map(String)
  if (first === 'supports' && index !== undefined) return `support ${Number(index) + 1}${field ? ` ${field}` : ''}`
  return FIELD_NAMES[first ?? ''] ?? first ?? ''
}

const numberOrNull = (text: string) => (text.trim() === '' ? null : Number(text))
// Only an integrated module has a team-taught share: the server refuses one on any other kind.
const shareOf = (draft: ModuleDraft) => (draft.kind === 'integrated' ? numberOrNull(draft.teamTaughtShare) : null)
const alignmentInput = (a: DraftAlignment) => ({ competencyId: a.competencyId, depth: a.depth, assessed: a.assessed })

// The outcomes worth sending: a new outcome still without text is left out until something is written in it.
export const sendableOutcomes = (draft: ModuleDraft) => draft.outcomes.filter((o) => o.id !== undefined || textOf(o.content) !== '')

// The PATCH for the whole draft at `version`, checked with the server's own schema; throws DraftProblem when
// the draft cannot be sent yet, naming the field to fix.
export function patchOf(draft: ModuleDraft, version: number): ModulePatch {
  const [field, message] = Object.entries(fieldErrors(draft))[0] ?? []
  if (field) throw new DraftProblem(`${FIELD_NAMES[field] ?? field}: ${message}`)
  const outcomes = sendableOutcomes(draft)
  const empty = outcomes.findIndex((o) => textOf(o.content) === '')
  if (empty >= 0) throw new DraftProblem(`outcome ${draft.outcomes.indexOf(outcomes[empty]!) + 1} has no text`)
  const result = ModulePatch.safeParse({
    version,
    autosave: true,
    code: draft.code,
    title: draft.title,
    level: draft.level,
    kind: draft.kind,
    clockHours: numberOrNull(draft.clockHours),
    credits: numberOrNull(draft.credits),
    entryLevel: draft.entryLevel,
    teamTaughtShare: shareOf(draft),
    durationWeeks: numberOrNull(draft.durationWeeks),
    costToStudent: numberOrNull(draft.costToStudent),
    delivery: draft.delivery,
    description: draft.description,
    outcomes: outcomes.map((o) => ({ ...(o.id === undefined ? {} : { id: o.id }), content: o.content, alignments: o.alignments.map(alignmentInput) })),
    alignments: draft.alignments.map(alignmentInput),
    prerequisiteIds: draft.prerequisites.map((p) => p.id),
    credentialIds: draft.credentials.map((c) => c.id),
    supports: draft.supports.map(supportInput),
    funding: draft.funding.map(fundingInput),
  })
  if (result.success) return result.data
  const issue = result.error.issues[0]!
  throw new DraftProblem(`${placeOf(issue.path)}: ${issue.message}`)
}

const CheckedFields = ModulePatch.pick({
  code: true,
  title: true,
  clockHours: true,
  credits: true,
  entryLevel: true,
  teamTaughtShare: true,
  durationWeeks: true,
  costToStudent: true,
})

// The message for each plain field the server would refuse as it stands, to show beside the field.
export function fieldErrors(draft: ModuleDraft): FieldErrors {
  const { errors } = validate(CheckedFields, {
    code: draft.code,
    title: draft.title,
    clockHours: numberOrNull(draft.clockHours),
    credits: numberOrNull(draft.credits),
    entryLevel: draft.entryLevel,
    teamTaughtShare: shareOf(draft),
    durationWeeks: numberOrNull(draft.durationWeeks),
    costToStudent: numberOrNull(draft.costToStudent),
  })
  const found = { ...errors }
  for (const field of ['clockHours', 'credits', 'durationWeeks', 'costToStudent'] as const) {
    if (Number.isNaN(numberOrNull(draft[field]))) found[field] = 'Enter a number, or leave it empty'
  }
  if (Number.isNaN(shareOf(draft))) found.teamTaughtShare = 'Enter a whole percent from 0 to 100, or leave it empty'
  return found
}

const snapshotAlignment = (a: DraftAlignment): SnapshotAlignment => ({ competencyId: a.competencyId, code: a.code, depth: a.depth, assessed: a.assessed })

// The draft in the shape revisions are compared in; new outcomes get negative ids so they read as added.
export function snapshotOfDraft(draft: ModuleDraft): ModuleSnapshot {
  return {
    code: draft.code.trim(),
    title: draft.title.trim(),
    level: draft.level,
    kind: draft.kind,
    clockHours: numberOrNull(draft.clockHours),
    credits: numberOrNull(draft.credits),
    entryLevel: draft.entryLevel.trim() || null,
    teamTaughtShare: shareOf(draft),
    durationWeeks: numberOrNull(draft.durationWeeks),
    costToStudent: numberOrNull(draft.costToStudent),
    status: draft.status,
    description: draft.description,
    descriptionText: textOf(draft.description),
    outcomes: draft.outcomes.map((o, i) => ({ id: o.id ?? -(i + 1), text: textOf(o.content), alignments: o.alignments.map(snapshotAlignment) })),
    alignments: draft.alignments.map(snapshotAlignment),
    prerequisites: draft.prerequisites.map((p) => ({ id: p.id, code: p.code })),
    credentials: draft.credentials.map((c) => ({ id: c.id, title: c.title })),
    supports: draft.supports.map((s) => ({ ...supportInput(s), organisationName: null, contactName: s.contactName || null, contactEmail: s.contactEmail || null, contactPhone: s.contactPhone || null, contactNotes: s.contactNotes || null })),
    funding: draft.funding.map((f) => ({ source: f.source, notes: f.notes.trim() || null })),
  }
}

// What differs between the server's version (`theirs`) and the local draft (`mine`): "before" is theirs,
// "after" is mine. Delivery formats, not part of revisions, are compared here too.
export function conflictChanges(theirs: ModuleDraft, mine: ModuleDraft): ModuleChange[] {
  const changes = diffModuleSnapshots(snapshotOfDraft(theirs), snapshotOfDraft(mine))
  const delivery = (d: ModuleDraft) => [...d.delivery].sort().join(', ') || '(none)'
  if (delivery(theirs) !== delivery(mine)) {
    changes.push({ section: 'field', change: 'changed', label: 'Delivery', before: delivery(theirs), after: delivery(mine) })
  }
  return changes
}

// The text of the whole draft, for a person to copy aside before taking the other version.
export function draftAsText(draft: ModuleDraft): string {
  const outcomes = draft.outcomes.map((o, i) => `${i + 1}. ${textOf(o.content)}`)
  return [`${draft.code} ${draft.title}`, '', 'Description', textOf(draft.description), '', 'Learning outcomes', ...outcomes].join('\n')
}
