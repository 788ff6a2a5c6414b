// Module revisions: every saved change keeps a snapshot; two can be compared, and an old one restored as a
// new revision.
import { seesWorkingCopy } from '../../../shared/domain/permissions'
import { diffModuleSnapshots, type ModuleSnapshot, type SnapshotAlignment } from '../../../shared/domain/module-diff'
import { textOf } from '../../../shared/schemas/rich-text'
import type { ModulePatch } from '../../../shared/schemas/module'
import type { Db } from '../../db/connect'
import { deleteRevision, findRevision, insertRevision, listRevisions as listRevisionRows, revisionFacts } from '../../db/queries/module-revisions'
import { findModule, modulesByIds } from '../../db/queries/modules'
import { fromFlag, now } from '../../db/stamps'
import { NotFound } from '../../errors'
import { withoutEditors, type Viewer } from '../access'
import { supportInputOf } from '../supports'
import type { getModule } from './read'

type ModuleDetail = Awaited<ReturnType<typeof getModule>>

const alignmentOf = (a: ModuleDetail['alignments'][number]): SnapshotAlignment => ({
  competencyId: a.competencyId,
  code: a.competencyCode,
  depth: a.depth,
  assessed: a.assessed,
})

// The parts of a module that a revision keeps.
export function snapshotOf(module: ModuleDetail): ModuleSnapshot & { outcomeContents: Record<number, unknown> } {
  return {
    code: module.code,
    title: module.title,
    level: module.level,
    kind: module.kind,
    clockHours: module.clockHours,
    credits: module.credits,
    entryLevel: module.entryLevel,
    teamTaughtShare: module.teamTaughtShare,
    durationWeeks: module.durationWeeks,
    costToStudent: module.costToStudent,
    status: module.status,
    delivery: module.delivery,
    description: module.description,
    descriptionText: textOf(module.description),
    outcomes: module.outcomes.map((o) => ({ id: o.id, text: o.text, alignments: o.alignments.map(alignmentOf) })),
    outcomeContents: Object.fromEntries(module.outcomes.map((o) => [o.id, o.content])),
    alignments: module.alignments.map(alignmentOf),
    prerequisites: module.prerequisites.map((p) => ({ id: p.id, code: p.code })),
    credentials: module.credentials.map((c) => ({ id: c.id, title: c.title })),
    targets: module.targets.map((t) => ({ id: t.id, code: t.code })),
    supports: module.supports.map(({ id: _id, ...s }) => s),
    funding: module.funding,
  }
}

// Autosaves by one person less than this apart make one revision: the editor saves a few seconds after each
// pause in typing, and a revision every few seconds would bury the ones worth comparing.
export const FOLD_AUTOSAVES_WITHIN_MS = 5 * 60 * 1000

// Whether this autosave replaces the revision before it: that one was saved by the same person moments ago, is
// an autosave too (a save made on purpose is a point to return to, as are an approved or submitted revision).
async function foldsIntoPrevious(db: Db, actor: Viewer, module: ModuleDetail): Promise<boolean> {
  const previous = module.version - 1
  if (!actor || previous === module.approvedVersion) return false
  const facts = await revisionFacts(db, module.id, previous)
  if (!facts || facts.userId !== actor.id || !fromFlag(facts.autosaved) || fromFlag(facts.submitted)) return false
  return Date.now() - Date.parse(facts.createdAt) < FOLD_AUTOSAVES_WITHIN_MS
}

// Keeps the module as it now is as the revision of its current version; an autosave folds into the revision
// before it when that was the same person's autosave moments ago (see foldsIntoPrevious).
export async function recordRevision(db: Db, actor: Viewer, module: ModuleDetail, restoredFrom: number | null = null, autosave = false) {
  if (autosave && restoredFrom === null && (await foldsIntoPrevious(db, actor, module))) await deleteRevision(db, module.id, module.version - 1)
  await insertRevision(db, {
    autosaved: autosave && restoredFrom === null ? 1 : 0,
    moduleId: module.id,
    version: module.version,
    userId: actor?.id ?? null,
    createdAt: now(),
    restoredFrom,
    snapshot: JSON.stringify(snapshotOf(module)),
  })
}

type Snapshot = ReturnType<typeof snapshotOf>

// The last revision the viewer may see: people outside the owning organisation see none after the approved one
// (the drafts being prepared are the organisation's own).
async function lastSeen(db: Db, moduleId: number, viewer: Viewer): Promise<number> {
  const module = await findModule(db, moduleId)
  if (!module) return 0
  return seesWorkingCopy(viewer, module) ? module.version : (module.approvedVersion ?? 0)
}

// The revisions of a module, newest first, without their snapshots; who saved each only for people signed in.
export async function listRevisions(db: Db, moduleId: number, viewer: Viewer) {
  const last = await lastSeen(db, moduleId, viewer)
  return withoutEditors(viewer, (await listRevisionRows(db, moduleId)).filter((r) => r.version <= last))
}

// A snapshot as the viewer may see it: prerequisites and targets that are hidden from the viewer (another
// organisation's drafts) are left out, as they are from the module page.
async function seenBy(db: Db, viewer: Viewer, snapshot: Snapshot): Promise<Snapshot> {
  const named = [...snapshot.prerequisites, ...(snapshot.targets ?? [])].map((m) => m.id)
  const visible = new Set((await modulesByIds(db, [...new Set(named)], viewer)).map((m) => m.id))
  return {
    ...snapshot,
    prerequisites: snapshot.prerequisites.filter((m) => visible.has(m.id)),
    targets: (snapshot.targets ?? []).filter((m) => visible.has(m.id)),
  }
}

// One revision's snapshot as the viewer may see it, or 404.
export async function getRevision(db: Db, moduleId: number, version: number, viewer: Viewer) {
  const row = version <= (await lastSeen(db, moduleId, viewer)) ? await findRevision(db, moduleId, version) : undefined
  if (!row) throw new NotFound(`Revision ${version} of module`, moduleId)
  const [shown] = withoutEditors(viewer, [row])
  return { ...shown!, snapshot: await seenBy(db, viewer, JSON.parse(row.snapshot) as Snapshot) }
}

// What changed from revision `from` to revision `to`, as the viewer may see them.
export async function compareRevisions(db: Db, moduleId: number, from: number, to: number, viewer: Viewer) {
  const [before, after] = await Promise.all([getRevision(db, moduleId, from, viewer), getRevision(db, moduleId, to, viewer)])
  return { from, to, changes: diffModuleSnapshots(before.snapshot, after.snapshot) }
}

// The edit that brings a module back to an old revision; outcomes whose ids are gone come back as new outcomes.
export function patchRestoring(snapshot: Snapshot, currentVersion: number, liveOutcomeIds: Set<number>): ModulePatch {
  const alignment = (a: SnapshotAlignment) => ({ competencyId: a.competencyId, depth: a.depth, assessed: a.assessed })
  return {
    version: currentVersion,
    code: snapshot.code,
    title: snapshot.title,
    level: snapshot.level as ModulePatch['level'],
    kind: snapshot.kind as ModulePatch['kind'],
    clockHours: snapshot.clockHours,
    credits: snapshot.credits,
    entryLevel: snapshot.entryLevel,
    teamTaughtShare: snapshot.teamTaughtShare ?? null,
    durationWeeks: snapshot.durationWeeks ?? null,
    costToStudent: snapshot.costToStudent ?? null,
    delivery: snapshot.delivery as ModulePatch['delivery'],
    description: snapshot.description as ModulePatch['description'],
    outcomes: snapshot.outcomes.map((o) => ({
      ...(liveOutcomeIds.has(o.id) ? { id: o.id } : {}),
      content: snapshot.outcomeContents[o.id] as NonNullable<ModulePatch['outcomes']>[number]['content'],
      alignments: o.alignments.map(alignment),
    })),
    alignments: snapshot.alignments.map(alignment),
    prerequisiteIds: snapshot.prerequisites.map((p) => p.id),
    credentialIds: snapshot.credentials.map((c) => c.id),
    targetIds: (snapshot.targets ?? []).map((t) => t.id),
    supports: (snapshot.supports ?? []).map(supportInputOf),
    funding: (snapshot.funding ?? []) as ModulePatch['funding'],
  }
}
