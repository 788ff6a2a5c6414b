// Deleting a module, refused while pathways, articulations or other modules still point at it.
import { modulePermission } from '../../../shared/domain/permissions'
import type { Db } from '../../db/connect'
import { articulationsOfModule } from '../../db/queries/articulations'
import { deleteModule as deleteModuleRows, moduleReferences } from '../../db/queries/modules'
import { InUse } from '../../errors'
import { assertActorMay, assertCanEdit, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { getModule, requireModule } from './read'

const articulationName = (a: { fromModuleCode: string | null; fromCredentialTitle: string | null; toModuleCode: string }) =>
  `articulation from ${a.fromModuleCode ?? `"${a.fromCredentialTitle}"`} to ${a.toModuleCode}`

// Deletes a module with its outcomes, alignments and credential links, or answers 409 in_use naming what holds it.
export async function deleteModule(db: Db, actor: Viewer, id: number): Promise<void> {
  const module = await requireModule(db, id)
  assertCanEdit(actor, module, 'Module', id)
  assertActorMay(actor, modulePermission(module.kind), `delete ${module.kind} modules`)
  const [refs, articulations] = await Promise.all([moduleReferences(db, id), articulationsOfModule(db, id)])
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...articulations.map(articulationName),
    ...refs.dependents.map((m) => `prerequisite of module ${m.code}`),
  ]
  if (references.length) throw new InUse(`Module ${module.code}`, references)
  const before = await getModule(db, id, actor)
  await deleteModuleRows(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'modules', rowId: id, summary: `Deleted module ${module.code}`, before })
}
