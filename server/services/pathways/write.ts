// Creating, editing and deleting pathways; collections given in an edit replace the old ones in one transaction,
// and an edit names the version it was read at (optimistic concurrency, as for modules).
import type { Occupation, PathwayInput, PathwayModulePlacement, PathwayPatch } from '../../../shared/schemas/pathway'
import type { PathwaySupportInput } from '../../../shared/schemas/supports'
import { replacePathwaySupports } from '../../db/queries/supports'
import { checkSupports } from '../supports'
import type { Db } from '../../db/connect'
import {
  deletePathway as deletePathwayRows,
  findPathway,
  findPathwayBySlug,
  frameworksByIds,
  insertPathway,
  replaceFrameworks,
  replaceOccupations,
  replacePlacements,
  updatePathwayAtVersion,
} from '../../db/queries/pathways'
import { Conflict, Invalid, NotFound } from '../../errors'
import { assertCanEdit, ownerForNew, writerView, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { assertEditable, recordSystemApproval } from '../workflow/system'
import { refuseDuplicates, refuseMissing, requireVisibleModules } from '../id-checks'
import { exitOccupationsOf, replaceExitOccupations } from '../../db/queries/exit-occupations'
import { requireKnownOccupations } from '../labor/occupations'
import { getPathway } from './read'

const staleVersion = (title: string, readAt: number, currentVersion: number) =>
  new Conflict(
    'stale_version',
    `Pathway "${title}" was changed by someone else since version ${readAt} (it is now at version ${currentVersion}); reload it and apply your edits again`,
    { currentVersion },
  )

type Collections = { occupations?: Occupation[]; frameworkIds?: number[]; modules?: PathwayModulePlacement[]; supports?: PathwaySupportInput[] }

async function checkSlugFree(db: Db, slug: string, selfId?: number) {
  const taken = await findPathwayBySlug(db, slug)
  if (taken && taken.id !== selfId) {
    throw new Conflict('duplicate', `Slug ${slug} is already used by pathway "${taken.title}"`, { field: 'slug' })
  }
}

async function checkCollections(db: Db, actor: Viewer, { occupations, frameworkIds, modules, supports }: Collections) {
  await checkSupports(db, supports)
  if (occupations) {
    const codes = occupations.map((o) => o.socCode)
    const twice = codes.filter((code, i) => codes.indexOf(code) !== i)
    if (twice.length) throw new Invalid(`Occupation ${twice[0]} is listed twice`, { field: 'occupations' })
  }
  if (frameworkIds) {
    refuseDuplicates(frameworkIds, 'Framework', 'frameworkIds')
    refuseMissing('Framework', frameworkIds, await frameworksByIds(db, frameworkIds), 'frameworkIds')
  }
  if (modules) {
    const ids = modules.map((m) => m.moduleId)
    refuseDuplicates(ids, 'Module', 'modules')
    await requireVisibleModules(db, actor, ids, 'modules')
    await checkExitOccupations(db, modules)
  }
}

// Only an exit point names the jobs it leads to, and each code must be a SOC 2018 occupation.
async function checkExitOccupations(db: Db, modules: readonly PathwayModulePlacement[]) {
  for (const [i, placement] of modules.entries()) {
    if (!placement.occupations?.length) continue
    const field = `modules[${i}].occupations`
    if (!placement.isExit) throw new Invalid(`${field}: only an exit point names target occupations; mark the module as an exit or remove them`, { field })
    await requireKnownOccupations(db, placement.occupations, field)
  }
}

type FamilyWageFields = { familyWageHourly?: number | null; familyWageSource?: string | null; familyWageRegion?: string | null }
type CurrentWage = Required<Pick<FamilyWageFields, 'familyWageHourly' | 'familyWageSource'>>

// A family-sustaining wage needs its source; an empty source or region is none. `current` is what the pathway holds now.
function familyWage(fields: FamilyWageFields, current: CurrentWage = { familyWageHourly: null, familyWageSource: null }) {
  const source = fields.familyWageSource === undefined ? undefined : fields.familyWageSource?.trim() || null
  const wage = fields.familyWageHourly === undefined ? current.familyWageHourly : fields.familyWageHourly
  if (wage != null && !(source === undefined ? current.familyWageSource : source)) {
    throw new Invalid('familyWageSource: say where the family-sustaining wage comes from (e.g. a living-wage calculation for one adult and one child)', { field: 'familyWageSource' })
  }
  return {
    ...(source === undefined ? {} : { familyWageSource: source }),
    ...(fields.familyWageRegion === undefined ? {} : { familyWageRegion: fields.familyWageRegion?.trim() || null }),
  }
}

async function replaceCollections(db: Db, actor: Viewer, pathwayId: number, { occupations, frameworkIds, modules, supports }: Collections) {
  if (supports) await replacePathwaySupports(db, pathwayId, supports)
  if (occupations) await replaceOccupations(db, pathwayId, occupations)
  if (frameworkIds) await replaceFrameworks(db, pathwayId, frameworkIds)
  if (modules) {
    const had = await exitOccupationsOf(db, pathwayId)
    await replacePlacements(db, pathwayId, modules, writerView(actor))
    const exits = modules.map((p) => ({
      moduleId: p.moduleId,
      occupations: !p.isExit ? [] : (p.occupations ?? had.filter((e) => e.moduleId === p.moduleId).map((e) => e.socCode)),
    }))
    await replaceExitOccupations(db, pathwayId, exits, writerView(actor))
  }
}

// Creates a pathway owned by the actor's organisation (for the system, `owner`), with its occupations, frameworks
// and module placements, and returns its road map.
// A person's pathway starts as a draft; the system's (seed, tests' factories) starts approved by the system.
export async function createPathway(db: Db, actor: Viewer, input: PathwayInput, { owner = null }: { owner?: number | null } = {}) {
  const { occupations, frameworkIds, modules, supports, ...fields } = input
  const organisationId = ownerForNew(actor, owner)
  await checkSlugFree(db, fields.slug)
  await checkCollections(db, actor, input)
  const approved = actor === null
  const id = await insertPathway(db, { ...fields, ...familyWage(fields), organisationId, status: approved ? 'approved' : 'draft', approvedVersion: approved ? 1 : null })
  await replaceCollections(db, actor, id, { occupations, frameworkIds, modules, supports })
  const created = await getPathway(db, id, writerView(actor))
  await recordAudit(db, actor, { action: 'create', table: 'pathways', rowId: id, summary: `Created pathway "${created.title}"`, after: created })
  if (approved) await recordSystemApproval(db, 'pathway', id, 1)
  return created
}

async function requireEditablePathway(db: Db, actor: Viewer, id: number) {
  const pathway = await findPathway(db, id)
  if (!pathway) throw new NotFound('Pathway', id)
  assertCanEdit(actor, pathway, 'Pathway', id)
  return pathway
}

// Edits a pathway read at `patch.version` and bumps its version: 409 stale_version when someone saved in between.
// Fields and each collection given are written in the caller's transaction, so any refusal leaves the pathway as it
// was; unknown ids are refused with 422.
export async function updatePathway(db: Db, actor: Viewer, id: number, patch: PathwayPatch) {
  const current = await requireEditablePathway(db, actor, id)
  assertEditable('Pathway', current.slug, current.status)
  const { version, occupations, frameworkIds, modules, supports, ...fields } = patch
  if (version !== current.version) throw staleVersion(current.title, version, current.version)
  const before = await getPathway(db, id, writerView(actor))
  if (fields.slug) await checkSlugFree(db, fields.slug, id)
  await checkCollections(db, actor, patch)
  Object.assign(fields, familyWage(fields, current))
  // The conditional update comes before any collection is touched: of two edits read at one version, the later
  // waits on the row (PostgreSQL) or the connection (SQLite) and then finds the version moved on.
  // An approved pathway edited again becomes a draft; its approved version is kept.
  if (!(await updatePathwayAtVersion(db, id, version, { ...fields, status: 'draft' }))) {
    const now = await findPathway(db, id)
    if (!now) throw new NotFound('Pathway', id)
    throw staleVersion(now.title, version, now.version)
  }
  await replaceCollections(db, actor, id, { occupations, frameworkIds, modules, supports })
  const after = await getPathway(db, id, writerView(actor))
  await recordAudit(db, actor, { action: 'update', table: 'pathways', rowId: id, summary: `Edited pathway "${after.title}"`, before, after })
  return after
}

// Deletes a pathway and its placements; the modules, frameworks and credentials stay.
export async function deletePathway(db: Db, actor: Viewer, id: number): Promise<void> {
  await requireEditablePathway(db, actor, id)
  const before = await getPathway(db, id, writerView(actor))
  await deletePathwayRows(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'pathways', rowId: id, summary: `Deleted pathway "${before.title}"`, before })
}
