// Deleting a module, refused while pathways, articulations or other modules still point at it.
import { modulePermission } from '../../../shared/domain/permissions'
import type { Db } from '../../db/connect'
import { articulationsOfModule, hiddenArticulationCount } from '../../db/queries/articulations'
import { deleteThreadsOn } from '../../db/queries/comments'
import { deleteModule as deleteModuleRows, moduleReferences } from '../../db/queries/modules'
import { InUse } from '../../errors'
import { assertActorMay, assertCanEditModule, canSee, writerView, type Viewer } from '../access'
import { recordAudit } from '../audit'
import { targetKey } from '../comments/target'
import { getModule, requireModule } from './read'

const articulationName = (a: { fromModuleCode: string | null; fromCredentialTitle: string | null; toModuleCode: string }) =>
  `articulation from ${a.fromModuleCode ?? `"${a.fromCredentialTitle}"`} to ${a.toModuleCode}`

// References from modules the actor may not see are counted, never named.
const hidden = (count: number, what: string) => (count ? [`${count} ${what}${count > 1 ? 's' : ''} from a module you cannot see`] : [])

// Deletes a module with its outcomes, alignments and credential links, or answers 409 in_use naming what holds it
// (what the actor may not see only counted, never named).
export async function deleteModule(db: Db, actor: Viewer, id: number): Promise<void> {
  const module = await requireModule(db, id)
  assertCanEditModule(actor, module, id)
  assertActorMay(actor, modulePermission(module.kind), `delete ${module.kind} modules`)
  const reader = writerView(actor)
  const [refs, articulations, unseenArticulations] = await Promise.all([
    moduleReferences(db, id),
    articulationsOfModule(db, id, reader),
    hiddenArticulationCount(db, id, reader),
  ])
  const dependents = refs.dependents.filter((m) => canSee(reader, m))
  const references = [
    ...refs.pathways.map((p) => `pathway "${p.title}"`),
    ...articulations.map(articulationName),
    ...hidden(unseenArticulations, 'articulation'),
    ...dependents.map((m) => `prerequisite of module ${m.code}`),
    ...hidden(refs.dependents.length - dependents.length, 'prerequisite link'),
  ]
  if (references.length) throw new InUse(`Module ${module.code}`, references)
  const before = await getModule(db, id, reader)
  // Discussions of the module and its outcomes go with them rather than pointing at rows that are gone.
  await deleteThreadsOn(db, [targetKey('module', id), ...before.outcomes.map((o) => targetKey('outcome', o.id))])
  await deleteModuleRows(db, id)
  await recordAudit(db, actor, { action: 'delete', table: 'modules', rowId: id, summary: `Deleted module ${module.code}`, before })
}
