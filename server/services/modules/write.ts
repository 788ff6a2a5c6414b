// Creating and editing modules; an edit names the version it was read at (optimistic concurrency). Every saved
// change is audited and kept as a revision.
import { modulePermission } from '../../../shared/domain/permissions'
import type { ModuleKind } from '../../../shared/domain/vocabulary'
import { emptyDoc } from '../../../shared/schemas/rich-text'
import type { ModuleInput, ModulePatch, SystemModuleInput } from '../../../shared/schemas/module'
import type { Db } from '../../db/connect'
import { findModuleByCode, insertModule, updateModuleAtVersion } from '../../db/queries/modules'
import { Conflict, Invalid } from '../../errors'
import { assertActorMay, assertCanEditModule, ownerForNew, writerView, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { assertEditable, recordSystemApproval } from '../workflow/system'
import { checkRichText } from '../rich-text'
import { prepareOutcomes, replaceCollections } from './collections'
import { getModule, requireModule } from './read'
import { getRevision, patchRestoring, recordRevision } from './revisions'

async function checkCodeFree(db: Db, code: string) {
  if (await findModuleByCode(db, code)) {
    throw new Conflict('duplicate', `Module code ${code} is already used`, { field: 'code' })
  }
}

const staleVersion = (code: string, readAt: number, currentVersion: number) =>
  new Conflict(
    'stale_version',
    `Module ${code} was changed by someone else since version ${readAt} (it is now at version ${currentVersion}); reload it and apply your edits again`,
    { currentVersion },
  )

// Team teaching (a basic-skills and an occupational instructor together) is what integrated modules do.
function checkTeamTaught(kind: ModuleKind, share: number | null | undefined) {
  if (share != null && kind !== 'integrated') {
    throw new Invalid('Only an integrated module has a team-taught share; clear it or make the module integrated', { field: 'teamTaughtShare' })
  }
}

// Faculty author occupational modules, ABE instructors bridges and integrated modules.
const assertMayAuthor = (actor: Viewer, kind: ModuleKind) => assertActorMay(actor, modulePermission(kind), `author ${kind} modules`)

// Who owns a row the system (seed, command line) creates; a person's rows are always their organisation's.
export type SystemOwner = { owner?: number | null }

// Creates a module owned by the actor's organisation, with whichever collections are given, and returns it. A
// person's module starts as a draft; the system (seed, tests' factories) may create one already approved, which
// is recorded as an approval by the system.
export async function createModule(db: Db, actor: Viewer, input: ModuleInput | SystemModuleInput, { owner = null }: SystemOwner = {}) {
  assertMayAuthor(actor, input.kind)
  const organisationId = ownerForNew(actor, owner)
  checkTeamTaught(input.kind, input.teamTaughtShare)
  const { outcomes, alignments, prerequisiteIds, credentialIds, targetIds, supports, funding, description, delivery, status: asked, ...fields } = input
  const system = actor === null && asked !== undefined && asked !== 'draft' ? asked : null
  const checked = checkRichText(description ?? emptyDoc())
  const prepared = outcomes && prepareOutcomes(outcomes)
  await checkCodeFree(db, fields.code)
  const id = await insertModule(db, {
    ...fields,
    clockHours: fields.clockHours ?? null,
    credits: fields.credits ?? null,
    teamTaughtShare: fields.teamTaughtShare ?? null,
    durationWeeks: fields.durationWeeks ?? null,
    costToStudent: fields.costToStudent ?? null,
    description: JSON.stringify(checked),
    delivery: JSON.stringify(delivery ?? []),
    organisationId,
    status: system ?? 'draft',
    approvedVersion: system ? 1 : null,
  })
  await replaceCollections(db, actor, { id, code: fields.code, kind: fields.kind }, { outcomes: prepared, alignments, prerequisiteIds, credentialIds, targetIds, supports, funding })
  const created = await getModule(db, id, writerView(actor))
  await recordRevision(db, actor, created)
  await recordAudit(db, actor, { action: 'create', table: 'modules', rowId: id, summary: `Created module ${created.code}`, after: created })
  if (system) await recordSystemApproval(db, 'module', id, created.version, system === 'review' ? organisationId : undefined)
  return created
}

// Edits a module read at `patch.version`: 409 stale_version when someone saved in between; collections given
// are replaced in the caller's transaction, so any refusal leaves the module as it was.
export async function updateModule(db: Db, actor: Viewer, id: number, patch: ModulePatch, restoredFrom: number | null = null) {
  const current = await requireModule(db, id)
  assertCanEditModule(actor, current, id)
  assertMayAuthor(actor, current.kind)
  if (patch.kind) assertMayAuthor(actor, patch.kind)
  assertEditable('Module', current.code, current.status)
  const { version, autosave, outcomes, alignments, prerequisiteIds, credentialIds, targetIds, supports, funding, description, delivery, status: _status, ...fields } = patch
  if (version !== current.version) throw staleVersion(current.code, version, current.version)
  checkTeamTaught(fields.kind ?? current.kind, fields.teamTaughtShare !== undefined ? fields.teamTaughtShare : current.teamTaughtShare)
  const before = await getModule(db, id, writerView(actor))
  const checked = description && JSON.stringify(checkRichText(description))
  const prepared = outcomes && prepareOutcomes(outcomes)
  if (fields.code !== undefined && fields.code !== current.code) await checkCodeFree(db, fields.code)
  // An approved module edited again becomes a draft revision; its approved revision stays the public one.
  const moved = { ...fields, status: 'draft' as const, description: checked, delivery: delivery && JSON.stringify(delivery) }
  if (!(await updateModuleAtVersion(db, id, version, moved))) {
    const now = await requireModule(db, id)
    throw staleVersion(now.code, version, now.version)
  }
  const code = fields.code ?? current.code
  const kind = fields.kind ?? current.kind
  await replaceCollections(db, actor, { id, code, kind }, { outcomes: prepared, alignments, prerequisiteIds, credentialIds, targetIds, supports, funding })
  const after = await getModule(db, id, writerView(actor))
  await recordRevision(db, actor, after, restoredFrom, autosave)
  const edited = restoredFrom === null ? `Edited module ${code}` : `Restored module ${code} to version ${restoredFrom}`
  const summary = current.status === 'approved' ? `${edited} as a new draft (version ${current.approvedVersion} stays the approved one)` : edited
  await recordAudit(db, actor, { action: 'update', table: 'modules', rowId: id, summary, before, after })
  return after
}

// Brings a module back to an old revision, as a new revision.
export async function restoreRevision(db: Db, actor: Viewer, id: number, version: number, readAtVersion: number) {
  const current = await requireModule(db, id)
  assertCanEditModule(actor, current, id)
  const revision = await getRevision(db, id, version, writerView(actor))
  const live = new Set((await getModule(db, id, writerView(actor))).outcomes.map((o) => o.id))
  return updateModule(db, actor, id, patchRestoring(revision.snapshot, readAtVersion, live), version)
}
