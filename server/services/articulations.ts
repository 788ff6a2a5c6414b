// Use cases for articulations: a module or a credential earning credit for another module. An articulation
// belongs to the organisation of the person who recorded it; only that organisation (and admins) change it.
import type { ArticulationInput, ArticulationPatch } from '../../shared/schemas/credential'
import type { Db } from '../db/connect'
import {
  deleteArticulation as deleteArticulationRow,
  findArticulation,
  insertArticulation,
  listArticulations as listArticulationRows,
  updateArticulation as updateArticulationRow,
  type ArticulationFields,
} from '../db/queries/articulations'
import { credentialsByIds } from '../db/queries/credentials'
import { Invalid, NotFound } from '../errors'
import { recordAudit } from './audit'
import { assertCanEdit, ownerForNew, writerView, type Viewer } from './access'
import { refuseMissing, requireVisibleModules } from './id-checks'

// One page of the articulations the viewer may see (none with an end the viewer may not see).
export function listArticulations(db: Db, filter: Parameters<typeof listArticulationRows>[1], viewer: Viewer) {
  return listArticulationRows(db, filter, viewer)
}

// An articulation with the codes and titles of its ends, or 404 (also when an end is hidden from the viewer).
export async function getArticulation(db: Db, id: number, viewer: Viewer) {
  const articulation = await findArticulation(db, id, viewer)
  if (!articulation) throw new NotFound('Articulation', id)
  return articulation
}

// Refuses anything but exactly one existing source, an existing target, and a module crediting itself; a module
// the actor may not see counts as missing.
async function checkEnds(db: Db, actor: Viewer, fields: ArticulationFields) {
  const { fromModuleId, fromCredentialId, toModuleId } = fields
  if ((fromModuleId === null) === (fromCredentialId === null)) {
    throw new Invalid('Give exactly one of fromModuleId or fromCredentialId', { field: 'fromModuleId' })
  }
  if (fromModuleId === toModuleId) throw new Invalid('A module cannot earn credit for itself', { field: 'toModuleId' })
  if (fromModuleId !== null) await requireVisibleModules(db, actor, [fromModuleId], 'fromModuleId')
  await requireVisibleModules(db, actor, [toModuleId], 'toModuleId')
  if (fromCredentialId !== null) {
    refuseMissing('Credential', [fromCredentialId], await credentialsByIds(db, [fromCredentialId]), 'fromCredentialId')
  }
}

// Creates an articulation owned by the actor's organisation (for the system, `owner`) and returns it with its ends.
export async function createArticulation(db: Db, actor: Viewer, input: ArticulationInput, { owner = null }: { owner?: number | null } = {}) {
  const fields: ArticulationFields = {
    fromModuleId: input.fromModuleId ?? null,
    fromCredentialId: input.fromCredentialId ?? null,
    toModuleId: input.toModuleId,
    credits: input.credits ?? null,
    kind: input.kind,
    description: input.description,
  }
  const organisationId = ownerForNew(actor, owner)
  await checkEnds(db, actor, fields)
  const created = await getArticulation(db, await insertArticulation(db, { ...fields, organisationId }), writerView(actor))
  await recordAudit(db, actor, { action: 'create', table: 'articulations', rowId: created.id, summary: `Created articulation into ${created.toModuleCode}`, after: created })
  return created
}

// The articulation, once the actor is known to be allowed to change it: 404 when hidden, 403 when another
// organisation's (or no organisation's) for anyone but admins.
async function requireEditable(db: Db, actor: Viewer, id: number) {
  const current = await getArticulation(db, id, writerView(actor))
  assertCanEdit(actor, current, 'Articulation', id)
  return current
}

// Edits an articulation; the result must still have exactly one source.
export async function updateArticulation(db: Db, actor: Viewer, id: number, patch: ArticulationPatch) {
  const current = await requireEditable(db, actor, id)
  const pick = <K extends keyof ArticulationFields>(key: K): ArticulationFields[K] =>
    (patch[key] === undefined ? current[key] : patch[key]) as ArticulationFields[K]
  const fields: ArticulationFields = {
    fromModuleId: pick('fromModuleId'),
    fromCredentialId: pick('fromCredentialId'),
    toModuleId: pick('toModuleId'),
    credits: pick('credits'),
    kind: pick('kind'),
    description: pick('description'),
  }
  await checkEnds(db, actor, fields)
  await updateArticulationRow(db, id, fields)
  const after = await getArticulation(db, id, writerView(actor))
  await recordAudit(db, actor, { action: 'update', table: 'articulations', rowId: id, summary: `Edited articulation into ${after.toModuleCode}`, before: current, after })
  return after
}

// Deletes an articulation, or 404.
export async function deleteArticulation(db: Db, actor: Viewer, id: number): Promise<void> {
  const before = await requireEditable(db, actor, id)
  await deleteArticulationRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'articulations', rowId: id, summary: `Deleted articulation into ${before.toModuleCode}`, before })
}
