// What the public sees of a module: the revision last approved. People of the owning organisation (and admins)
// see the working copy; everyone else sees the approved revision's content while a new draft is edited.
import { seesWorkingCopy } from '../../../shared/domain/permissions'
import type { RichTextDoc } from '../../../shared/schemas/rich-text'
import type { DeliveryFormat } from '../../../shared/domain/vocabulary'
import type { Db } from '../../db/connect'
import { competenciesWithFrameworks } from '../../db/queries/alignments'
import { findRevision } from '../../db/queries/module-revisions'
import { moduleSummariesByIds } from '../../db/queries/modules'
import type { Viewer } from '../access'
import type { FundingRow, SupportRow } from '../supports'
import type { snapshotOf } from '../modules/revisions'

type Snapshot = ReturnType<typeof snapshotOf>
type SnapshotAlignment = Snapshot['alignments'][number]

// The fields of a module row the public sees in lists: those of its approved revision.
export type Publishable = { id: number; organisationId: number | null; version: number; approvedVersion: number | null }

// True when the viewer is shown the approved revision rather than the working copy.
export function showsApproved(viewer: Viewer, row: Publishable): row is Publishable & { approvedVersion: number } {
  return !seesWorkingCopy(viewer, row) && row.approvedVersion !== null && row.approvedVersion !== row.version
}

async function approvedSnapshot(db: Db, moduleId: number, version: number): Promise<Snapshot | null> {
  const row = await findRevision(db, moduleId, version)
  return row ? (JSON.parse(row.snapshot) as Snapshot) : null
}

// The columns of a module row replaced by its approved revision's, for the viewer (lists and road maps).
export async function publishedRows<T extends Publishable & { code: string; title: string }>(db: Db, viewer: Viewer, rows: T[]): Promise<T[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (!showsApproved(viewer, row)) return row
      const snapshot = await approvedSnapshot(db, row.id, row.approvedVersion)
      if (!snapshot) return row
      const scalar = {
        code: snapshot.code, title: snapshot.title, level: snapshot.level, kind: snapshot.kind, clockHours: snapshot.clockHours,
        credits: snapshot.credits, entryLevel: snapshot.entryLevel, durationWeeks: snapshot.durationWeeks ?? null, costToStudent: snapshot.costToStudent ?? null,
        delivery: snapshot.delivery ?? [],
      }
      const shown = Object.fromEntries(Object.entries(scalar).filter(([key]) => key in row))
      return { ...row, ...shown, status: 'approved', version: row.approvedVersion } as T
    }),
  )
}

type ModuleFunding = FundingRow & { moduleId: number }

// The supports and funding of the modules a road map shows: for a module the viewer sees at its approved revision,
// those of that revision (a draft's new supports are not public yet). Rows are the placements before publishedRows.
export async function publishedTerms(db: Db, viewer: Viewer, rows: readonly Publishable[], supports: SupportRow[], funding: ModuleFunding[]) {
  const approved = rows.filter((row) => showsApproved(viewer, row))
  if (!approved.length) return { supports, funding }
  const snapshots = new Map<number, Snapshot>()
  for (const row of approved) {
    const snapshot = await approvedSnapshot(db, row.id, row.approvedVersion)
    if (snapshot) snapshots.set(row.id, snapshot)
  }
  const live = (moduleId: number | null) => moduleId === null || !snapshots.has(moduleId)
  let id = 0
  return {
    supports: [
      ...supports.filter((s) => live(s.moduleId)),
      ...[...snapshots].flatMap(([moduleId, snapshot]) => (snapshot.supports ?? []).map((support): SupportRow => ({ ...(support as Omit<SupportRow, 'id' | 'pathwayId' | 'stage' | 'moduleId'>), id: --id, pathwayId: null, stage: null, moduleId }))),
    ],
    funding: [...funding.filter((f) => live(f.moduleId)), ...[...snapshots].flatMap(([moduleId, snapshot]) => (snapshot.funding ?? []).map((f): ModuleFunding => ({ moduleId, ...(f as FundingRow) })))],
  }
}

type Detail = Publishable & {
  outcomes: { id: number; uuid: string; position: number; text: string; content: RichTextDoc; alignments: unknown[] }[]
  alignments: unknown[]
  prerequisites: { id: number; code: string; title: string; level: string }[]
  credentials: { id: number; title: string; kind: string }[]
}

// A module as the viewer may see it: for the public, the content of its approved revision.
export async function publishedModule<T extends Detail>(db: Db, viewer: Viewer, module: T): Promise<T> {
  if (!showsApproved(viewer, module)) return module
  const snapshot = await approvedSnapshot(db, module.id, module.approvedVersion)
  if (!snapshot) return module
  const ids = [...snapshot.alignments, ...snapshot.outcomes.flatMap((o) => o.alignments)].map((a) => a.competencyId)
  const competencies = new Map((await competenciesWithFrameworks(db, [...new Set(ids)])).map((c) => [c.id, c]))
  const alignment = (outcomeId: number | null) => (a: SnapshotAlignment, index: number) => {
    const c = competencies.get(a.competencyId)
    return {
      id: -(index + 1),
      outcomeId,
      competencyId: a.competencyId,
      depth: a.depth,
      assessed: a.assessed,
      competencyCode: c?.code ?? a.code,
      competencyStatement: c?.statement ?? '',
      frameworkId: c?.frameworkId ?? 0,
      frameworkTitle: c?.frameworkTitle ?? '',
    }
  }
  const live = new Map(module.outcomes.map((o) => [o.id, o]))
  const prerequisites = await moduleSummariesByIds(db, snapshot.prerequisites.map((p) => p.id), viewer)
  const byId = new Map(module.credentials.map((c) => [c.id, c]))
  const shown = {
    ...module,
    code: snapshot.code,
    title: snapshot.title,
    level: snapshot.level,
    kind: snapshot.kind,
    clockHours: snapshot.clockHours,
    credits: snapshot.credits,
    entryLevel: snapshot.entryLevel,
    teamTaughtShare: snapshot.teamTaughtShare ?? null,
    durationWeeks: snapshot.durationWeeks ?? null,
    costToStudent: snapshot.costToStudent ?? null,
    delivery: snapshot.delivery as DeliveryFormat[],
    description: snapshot.description as RichTextDoc,
    status: 'approved',
    version: module.approvedVersion,
    outcomes: snapshot.outcomes.map((o, position) => ({
      id: o.id,
      uuid: live.get(o.id)?.uuid ?? '',
      position,
      text: o.text,
      content: snapshot.outcomeContents[o.id] as RichTextDoc,
      alignments: o.alignments.map(alignment(o.id)),
    })),
    alignments: snapshot.alignments.map(alignment(null)),
    prerequisites: prerequisites.map((p) => ({ id: p.id, code: p.code, title: p.title, level: p.level })),
    credentials: snapshot.credentials.map((c) => ({ id: c.id, title: c.title, kind: byId.get(c.id)?.kind ?? 'certificate' })),
    // Supports and funding added since the approved revision (or before revisions kept them) are not yet public.
    supports: (snapshot.supports ?? []).map((support, index) => ({ id: -(index + 1), ...support })),
    funding: snapshot.funding ?? [],
  }
  return shown as T
}
