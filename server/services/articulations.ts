// Use cases for articulations: a module or a credential earning credit for another module.
import type { ArticulationInput, ArticulationPatch } from '../../shared/schemas/credential'
import type { Db } from '../db/connect'
import {
  deleteArticulation as deleteArticulationRow,
  findArticulation,
  insertArticulation,
  updateArticulation as updateArticulationRow,
  type ArticulationFields,
} from '../db/queries/articulations'
import { credentialsByIds } from '../db/queries/credentials'
import { modulesByIds } from '../db/queries/modules'
import { Invalid, NotFound } from '../errors'
import { recordAudit } from './audit'
import type { Viewer } from './access'
import { refuseMissing } from './id-checks'

export { listArticulations } from '../db/queries/articulations'

// An articulation with the codes and titles of its ends, or 404.
export async function getArticulation(db: Db, id: number) {
  const articulation = await findArticulation(db, id)
  if (!articulation) throw new NotFound('Articulation', id)
  return articulation
}

// Refuses anything but exactly one existing source, an existing target, and a module crediting itself.
async function checkEnds(db: Db, fields: ArticulationFields) {
  const { fromModuleId, fromCredentialId, toModuleId } = fields
  if ((fromModuleId === null) === (fromCredentialId === null)) {
    throw new Invalid('Give exactly one of fromModuleId or fromCredentialId', { field: 'fromModuleId' })
  }
  if (fromModuleId === toModuleId) throw new Invalid('A module cannot earn credit for itself', { field: 'toModuleId' })
  const moduleIds = fromModuleId === null ? [toModuleId] : [fromModuleId, toModuleId]
  refuseMissing('Module', moduleIds, await modulesByIds(db, moduleIds), fromModuleId === null ? 'toModuleId' : 'fromModuleId')
  if (fromCredentialId !== null) {
    refuseMissing('Credential', [fromCredentialId], await credentialsByIds(db, [fromCredentialId]), 'fromCredentialId')
  }
}

// Creates an articulation and returns it with its ends.
export async function createArticulation(db: Db, actor: Viewer, input: ArticulationInput) {
  const fields: ArticulationFields = {
    fromModuleId: input.fromModuleId ?? null,
    fromCredentialId: input.fromCredentialId ?? null,
    toModuleId: input.toModuleId,
    credits: input.credits ?? null,
    kind: input.kind,
    description: input.description,
  }
  await checkEnds(db, fields)
  const created = await getArticulation(db, await insertArticulation(db, fields))
  await recordAudit(db, actor, { action: 'create', table: 'articulations', rowId: created.id, summary: `Created articulation into ${created.toModuleCode}`, after: created })
  return created
}

// Edits an articulation; the result must still have exactly one source.
export async function updateArticulation(db: Db, actor: Viewer, id: number, patch: ArticulationPatch) {
  const current = await getArticulation(db, id)
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
  await checkEnds(db, fields)
  await updateArticulationRow(db, id, fields)
  const after = await getArticulation(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'articulations', rowId: id, summary: `Edited articulation into ${after.toModuleCode}`, before: current, after })
  return after
}

// Deletes an articulation, or 404.
export async function deleteArticulation(db: Db, actor: Viewer, id: number): Promise<void> {
  const before = await getArticulation(db, id)
  await deleteArticulationRow(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'articulations', rowId: id, summary: `Deleted articulation into ${before.toModuleCode}`, before })
}
