// What changed between two saved revisions of a module: fields, schedule, description, outcomes, alignments,
// prerequisites, credentials, supports and funding, in words. Pure, so the server computes it and tests state it exactly.
import { DELIVERY_FORMAT_LABELS, FUNDING_SOURCE_LABELS, SUPPORT_KIND_LABELS } from './vocabulary'

export type SnapshotAlignment = { competencyId: number; code: string; depth: 'I' | 'R' | 'M'; assessed: boolean }
export type SnapshotSupport = {
  kind: string
  description: string
  organisationId: number | null
  organisationName: string | null
  contactName: string | null
  contactEmail: string | null
  contactPhone: string | null
  contactNotes: string | null
}
export type SnapshotFunding = { source: string; notes: string | null }
export type SnapshotOutcome = { id: number; text: string; alignments: SnapshotAlignment[] }

// The parts of a module that a revision keeps.
export type ModuleSnapshot = {
  code: string
  title: string
  level: string
  kind: string
  clockHours: number | null
  credits: number | null
  entryLevel: string | null
  status: string
  // Absent in revisions saved before delivery formats existed.
  delivery?: string[]
  // Absent in revisions saved before the bridge builder existed.
  teamTaughtShare?: number | null
  targets?: { id: number; code: string }[]
  // Absent in revisions saved before time, cost, supports and funding existed.
  durationWeeks?: number | null
  costToStudent?: number | null
  supports?: SnapshotSupport[]
  funding?: SnapshotFunding[]
  description: unknown
  descriptionText: string
  outcomes: SnapshotOutcome[]
  alignments: SnapshotAlignment[]
  prerequisites: { id: number; code: string }[]
  credentials: { id: number; title: string }[]
}

export type ModuleChange = {
  section: 'field' | 'description' | 'outcome' | 'alignment' | 'prerequisite' | 'credential' | 'target' | 'support' | 'funding'
  change: 'added' | 'removed' | 'changed'
  label: string
  before?: string
  after?: string
}

const FIELDS = ['code', 'title', 'level', 'kind', 'clockHours', 'credits', 'durationWeeks', 'costToStudent', 'entryLevel', 'teamTaughtShare', 'status'] as const
const FIELD_LABELS: Record<(typeof FIELDS)[number], string> = {
  code: 'Code',
  title: 'Title',
  level: 'Level',
  kind: 'Kind',
  clockHours: 'Clock hours',
  credits: 'Credits',
  durationWeeks: 'Duration (weeks)',
  costToStudent: 'Cost to student ($)',
  entryLevel: 'Entry level',
  teamTaughtShare: 'Team-taught share (%)',
  status: 'Status',
}

const show = (value: unknown) => (value === null || value === undefined || value === '' ? '(none)' : String(value))
// A code in words, or as stored when the vocabulary no longer has it (revisions outlive vocabularies).
const words = (labels: Record<string, string>, code: string) => labels[code] ?? code
// A support in one line, as the history lists it; supports have no identity across saves, so this is their key.
const supportText = (s: SnapshotSupport) =>
  [`${words(SUPPORT_KIND_LABELS, s.kind)}: ${s.description}`, s.organisationName && `by ${s.organisationName}`, s.contactName, s.contactEmail, s.contactPhone, s.contactNotes]
    .filter(Boolean)
    .join(' · ')
const fundingText = (f: SnapshotFunding) => `${words(FUNDING_SOURCE_LABELS, f.source)}${f.notes ? `: ${f.notes}` : ''}`
const alignmentText = (a: SnapshotAlignment) => `${a.code} at ${a.depth}${a.assessed ? ', assessed' : ''}`

function diffKeyed<T>(
  before: T[],
  after: T[],
  key: (item: T) => string | number,
  describe: (item: T) => string,
  section: ModuleChange['section'],
  where = '',
): ModuleChange[] {
  const beforeByKey = new Map(before.map((item) => [key(item), item]))
  const afterByKey = new Map(after.map((item) => [key(item), item]))
  const changes: ModuleChange[] = []
  for (const [k, item] of beforeByKey) {
    const next = afterByKey.get(k)
    if (next === undefined) changes.push({ section, change: 'removed', label: `${describe(item)}${where}`, before: describe(item) })
    else if (describe(next) !== describe(item)) {
      changes.push({ section, change: 'changed', label: `${describe(next)}${where}`, before: describe(item), after: describe(next) })
    }
  }
  for (const [k, item] of afterByKey) {
    if (!beforeByKey.has(k)) changes.push({ section, change: 'added', label: `${describe(item)}${where}`, after: describe(item) })
  }
  return changes
}

// Lists the changes from `before` to `after`, in the order a reader scans a module page.
export function diffModuleSnapshots(before: ModuleSnapshot, after: ModuleSnapshot): ModuleChange[] {
  const changes: ModuleChange[] = []
  for (const field of FIELDS) {
    if ((before[field] ?? null) !== (after[field] ?? null)) {
      changes.push({ section: 'field', change: 'changed', label: FIELD_LABELS[field], before: show(before[field]), after: show(after[field]) })
    }
  }
  const deliveryOf = (s: ModuleSnapshot) => (s.delivery ?? []).map((f) => words(DELIVERY_FORMAT_LABELS, f)).join(', ')
  if (deliveryOf(before) !== deliveryOf(after)) {
    changes.push({ section: 'field', change: 'changed', label: 'Schedule options', before: show(deliveryOf(before)), after: show(deliveryOf(after)) })
  }
  if (docJson(before.description) !== docJson(after.description)) {
    changes.push({ section: 'description', change: 'changed', label: 'Description', before: before.descriptionText, after: after.descriptionText })
  }
  changes.push(...diffKeyed(before.outcomes, after.outcomes, (o) => o.id, (o) => o.text, 'outcome'))
  const alignmentKey = (a: SnapshotAlignment) => a.competencyId
  changes.push(...diffKeyed(before.alignments, after.alignments, alignmentKey, alignmentText, 'alignment', ' (module)'))
  const beforeOutcomes = new Map(before.outcomes.map((o) => [o.id, o]))
  for (const outcome of after.outcomes) {
    const previous = beforeOutcomes.get(outcome.id)?.alignments ?? []
    changes.push(...diffKeyed(previous, outcome.alignments, alignmentKey, alignmentText, 'alignment', ` (outcome "${outcome.text}")`))
  }
  changes.push(...diffKeyed(before.prerequisites, after.prerequisites, (p) => p.id, (p) => p.code, 'prerequisite'))
  changes.push(...diffKeyed(before.credentials, after.credentials, (c) => c.id, (c) => c.title, 'credential'))
  changes.push(...diffKeyed(before.targets ?? [], after.targets ?? [], (t) => t.id, (t) => t.code, 'target'))
  changes.push(...diffKeyed(before.supports ?? [], after.supports ?? [], supportText, supportText, 'support'))
  changes.push(...diffKeyed(before.funding ?? [], after.funding ?? [], (f) => f.source, fundingText, 'funding'))
  return changes
}

// A description as JSON, less the empty titles that chips saved before chips had titles gain on their next save,
// so a re-save alone does not read as a changed description.
const docJson = (doc: unknown) => JSON.stringify(doc, (key, value: unknown) => (key === 'title' && value === '' ? undefined : value))
