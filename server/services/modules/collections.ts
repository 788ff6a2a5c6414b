// The collections of a module (outcomes, alignments, prerequisites, credentials): checked, then replaced.
import { textOf } from '../../../shared/schemas/rich-text'
import type { AlignmentInput, ModulePatch, OutcomeInput } from '../../../shared/schemas/module'
import type { Db } from '../../db/connect'
import { existingCompetencyIds, newlyAlignedRetired, replaceAlignments } from '../../db/queries/alignments'
import { replaceBridgeTargets } from '../../db/queries/bridge-targets'
import { credentialsByIds, replaceModuleCredentials } from '../../db/queries/credentials'
import { modulesByIds, prerequisiteEdges, replacePrerequisites } from '../../db/queries/modules'
import { deleteOutcomes, insertOutcome, outcomesOfModule, updateOutcome, type OutcomeFields } from '../../db/queries/outcomes'
import { Invalid } from '../../errors'
import { checkRichText } from '../rich-text'
import { loopThrough } from '../../../shared/domain/graph'
import type { ModuleKind } from '../../../shared/domain/vocabulary'
import { writerView, type Viewer } from '../access'
import { refuseDuplicates, refuseMissing, requireVisibleModules } from '../id-checks'
import { checkSupports } from '../supports'
import { replaceFunding, replaceModuleSupports } from '../../db/queries/supports'

// An outcome whose content has passed the editor schema, ready to store.
export type PreparedOutcome = { id?: number; fields: Omit<OutcomeFields, 'position'>; alignments: AlignmentInput[] }

export type Collections = Pick<ModulePatch, 'alignments' | 'prerequisiteIds' | 'credentialIds' | 'targetIds' | 'supports' | 'funding'> & {
  outcomes?: PreparedOutcome[]
}

type ModuleRef = { id: number; code: string; kind: ModuleKind }

// Checks each outcome's rich text (no database needed), so a bad document fails before anything is written.
export function prepareOutcomes(outcomes: readonly OutcomeInput[]): PreparedOutcome[] {
  return outcomes.map((outcome, i) => {
    const content = checkRichText(outcome.content, `outcomes.${i}.content`)
    const text = textOf(content)
    if (!text) throw new Invalid(`Outcome ${i + 1} has no text`, { field: `outcomes.${i}.content` })
    return { id: outcome.id, fields: { content: JSON.stringify(content), text }, alignments: outcome.alignments }
  })
}

async function checkAlignments(db: Db, module: ModuleRef, collections: Collections) {
  const lists = [...(collections.outcomes ?? []).map((o) => o.alignments), ...(collections.alignments ? [collections.alignments] : [])]
  for (const list of lists) refuseDuplicates(list.map((a) => a.competencyId), 'Competency', 'alignments')
  const wanted = lists.flat().map((a) => a.competencyId)
  const found = await existingCompetencyIds(db, wanted)
  refuseMissing('Competency', wanted, [...found].map((id) => ({ id })), 'alignments')
  const retired = await newlyAlignedRetired(db, module.id, wanted)
  if (retired.length) {
    throw new Invalid(`Competency ${retired.map((c) => c.code).join(', ')} is retired and takes no new alignment; align to the item that replaces it`, { field: 'alignments' })
  }
}

async function setOutcomes(db: Db, module: ModuleRef, outcomes: readonly PreparedOutcome[]) {
  const existing = new Set((await outcomesOfModule(db, module.id)).map((o) => o.id))
  const kept = outcomes.flatMap((o) => (o.id === undefined ? [] : [o.id]))
  refuseDuplicates(kept, 'Outcome', 'outcomes')
  const foreign = kept.filter((id) => !existing.has(id))
  if (foreign.length) {
    throw new Invalid(`Outcome ${foreign.join(', ')} does not belong to module ${module.code}`, { field: 'outcomes' })
  }
  await deleteOutcomes(db, [...existing].filter((id) => !kept.includes(id)))
  for (const [position, outcome] of outcomes.entries()) {
    const fields = { ...outcome.fields, position }
    const outcomeId = outcome.id ?? (await insertOutcome(db, module.id, fields))
    if (outcome.id !== undefined) await updateOutcome(db, outcome.id, fields)
    await replaceAlignments(db, module.id, outcomeId, outcome.alignments)
  }
}

// Replaces the prerequisites the actor may see (hidden ones stay): each must be a module the actor may see, and
// none may close a loop. A loop through modules the actor may not see names them only as hidden.
async function setPrerequisites(db: Db, actor: Viewer, module: ModuleRef, prerequisiteIds: readonly number[]) {
  refuseDuplicates(prerequisiteIds, 'Module', 'prerequisiteIds')
  if (prerequisiteIds.includes(module.id)) {
    throw new Invalid(`Module ${module.code} cannot be its own prerequisite`, { field: 'prerequisiteIds' })
  }
  await requireVisibleModules(db, actor, prerequisiteIds, 'prerequisiteIds')
  const loop = loopThrough(await prerequisiteEdges(db), module.id, prerequisiteIds)
  if (loop) {
    const seen = await modulesByIds(db, loop, writerView(actor))
    const codes = new Map(seen.map((m) => [m.id, m.code]))
    const names = loop.map((id) => (id === module.id ? module.code : (codes.get(id) ?? 'a module you cannot see')))
    throw new Invalid(`Prerequisites would form a loop: ${names.join(' → ')}`, { field: 'prerequisiteIds', loop: loop.filter((id) => id === module.id || codes.has(id)) })
  }
  await replacePrerequisites(db, module.id, prerequisiteIds, writerView(actor))
}

async function setCredentials(db: Db, moduleId: number, credentialIds: readonly number[]) {
  refuseDuplicates(credentialIds, 'Credential', 'credentialIds')
  refuseMissing('Credential', credentialIds, await credentialsByIds(db, credentialIds), 'credentialIds')
  await replaceModuleCredentials(db, moduleId, credentialIds)
}

// Only bridge and integrated modules prepare learners for other modules.
async function setTargets(db: Db, actor: Viewer, module: ModuleRef, targetIds: readonly number[]) {
  if (targetIds.length && module.kind === 'occupational') {
    throw new Invalid(`Module ${module.code} is occupational; only bridge and integrated modules prepare learners for other modules`, { field: 'targetIds' })
  }
  refuseDuplicates(targetIds, 'Module', 'targetIds')
  if (targetIds.includes(module.id)) throw new Invalid(`Module ${module.code} cannot prepare learners for itself`, { field: 'targetIds' })
  await requireVisibleModules(db, actor, targetIds, 'targetIds')
  await replaceBridgeTargets(db, module.id, targetIds, writerView(actor))
}

// Replaces each collection that is given and leaves the others alone; unknown ids (and modules the actor may not
// see) and loops are refused (422).
export async function replaceCollections(db: Db, actor: Viewer, module: ModuleRef, collections: Collections): Promise<void> {
  await checkAlignments(db, module, collections)
  await checkSupports(db, collections.supports)
  if (collections.outcomes) await setOutcomes(db, module, collections.outcomes)
  if (collections.alignments) await replaceAlignments(db, module.id, null, collections.alignments)
  if (collections.prerequisiteIds) await setPrerequisites(db, actor, module, collections.prerequisiteIds)
  if (collections.credentialIds) await setCredentials(db, module.id, collections.credentialIds)
  if (collections.targetIds) await setTargets(db, actor, module, collections.targetIds)
  if (collections.supports) await replaceModuleSupports(db, module.id, collections.supports)
  if (collections.funding) await replaceFunding(db, module.id, collections.funding)
}
