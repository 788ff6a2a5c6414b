// Dismissing a suggestion: the competency is not suggested again for that outcome (or module, or bridge). Needs a
// person who may edit the module; a module the person may not see answers 404 like a missing one.
import { modulePermission } from '../../../shared/domain/permissions'
import type { DismissInput } from '../../../shared/schemas/suggestions'
import type { Db } from '../../db/connect'
import { existingCompetencyIds } from '../../db/queries/alignments'
import { insertDismissal } from '../../db/queries/suggestions'
import { assertActorMay, assertCanEdit, type Viewer } from '../access'
import { refuseMissing } from '../id-checks'
import { requireVisibleModule, requireVisibleOutcome } from './suggest'

type Editable = { id: number; code: string; kind: 'occupational' | 'bridge' | 'integrated'; organisationId: number | null }

async function dismiss(db: Db, actor: Viewer, module: Editable, outcomeId: number | null, input: DismissInput) {
  assertCanEdit(actor, module, 'Module', module.code)
  assertActorMay(actor, modulePermission(module.kind), `author ${module.kind} modules`)
  refuseMissing('Competency', [input.competencyId], [...(await existingCompetencyIds(db, [input.competencyId]))].map((id) => ({ id })), 'competencyId')
  const added = await insertDismissal(db, module.id, outcomeId, input.competencyId, actor?.id ?? null)
  return { moduleId: module.id, outcomeId, competencyId: input.competencyId, added }
}

export async function dismissForOutcome(db: Db, actor: Viewer, outcomeId: number, input: DismissInput) {
  const { module } = await requireVisibleOutcome(db, actor, outcomeId)
  return dismiss(db, actor, module, outcomeId, input)
}

// For the module as a whole, which is also where a bridge's basic-skills suggestions are dismissed.
export async function dismissForModule(db: Db, actor: Viewer, moduleId: number, input: DismissInput) {
  return dismiss(db, actor, await requireVisibleModule(db, actor, moduleId), null, input)
}
