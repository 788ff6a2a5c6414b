// Deleting a module, refused while pathways, articulations or other modules still point at it.
import type { Db } from '../../db/connect'
import { articulationsOfModule } from '../../db/queries/articulations'
import { deleteModule as deleteModuleRows, moduleReferences } from '../../db/queries/modules'
import { InUse } from '../../errors'
import { requireModule } from './read'

const articulationName = (a: { fromModuleCode: string | null; fromCredentialTitle: string | null; toModuleCode: string }) =>
  `articulation from ${a.fromModuleCode ?? `"${a.fromCredentialTitle}"`} to ${a.toModuleCode}`

// Deletes a module with its outcomes, alignments and credential links, or answers 409 in_use naming what holds it.
export async function deleteModule(db: Db, id: number): Promise<void> {
  const module = await requireModule(db, id)
  const [refs, articulations] = await Promise.all([moduleReferences(db, id), articulationsOfModule(db, id)])
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...articulations.map(articulationName),
    ...refs.dependents.map((m) => `prerequisite of module ${m.code}`),
  ]
  if (references.length) throw new InUse(`Module ${module.code}`, references)
  await deleteModuleRows(db, id)
}
