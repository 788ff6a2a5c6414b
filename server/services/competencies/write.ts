// Writing competencies: create and edit. A competency belongs to its framework's organisation: only that
// organisation (and admins) add, change or remove one.
import { deepestLevelIfPlaced, MAX_HIERARCHY_DEPTH, wouldCreateCycle } from '../../../shared/domain/tree'
import type { CompetencyInput, CompetencyPatch } from '../../../shared/schemas/framework'
import type { Db } from '../../db/connect'
import {
  ancestorsOf,
  competenciesOfFramework,
  findCompetency,
  findCompetencyByCode,
  insertCompetency,
  nextPosition,
  updateCompetency as updateCompetencyRow,
} from '../../db/queries/competencies'
import { findFramework } from '../../db/queries/frameworks'
import { Conflict, Invalid } from '../../errors'
import { recordAudit } from '../audit'
import { assertCanEdit, type Viewer } from '../access'
import { assertMayWriteKind, requireEditableFramework } from '../frameworks/write'
import { getCompetency, requireCompetency } from './read'

// Throws unless the parent is an item of the same framework, not beneath the item itself, and the tree stays
// within its depth.
export async function checkParent(db: Db, frameworkId: number, parentId: number | null | undefined, selfId?: number) {
  if (parentId == null) return
  const parent = await findCompetency(db, parentId)
  if (!parent) throw new Invalid(`Parent competency ${parentId} does not exist`, { field: 'parentId' })
  if (parent.frameworkId !== frameworkId) {
    throw new Invalid(`Parent competency ${parent.code} belongs to another framework`, { field: 'parentId' })
  }
  const tooDeep = () =>
    new Invalid(`Competencies nest at most ${MAX_HIERARCHY_DEPTH} levels deep; under ${parent.code} this one would go deeper`, { field: 'parentId' })
  if (selfId === undefined) {
    if ((await ancestorsOf(db, parentId)).length + 2 > MAX_HIERARCHY_DEPTH) throw tooDeep()
    return
  }
  const rows = await competenciesOfFramework(db, frameworkId)
  if (wouldCreateCycle(rows, selfId, parentId)) {
    throw new Invalid(`Competency ${parent.code} cannot be the parent: it sits beneath this competency`, { field: 'parentId' })
  }
  if (deepestLevelIfPlaced(rows, selfId, parentId) > MAX_HIERARCHY_DEPTH) throw tooDeep()
}

async function checkCodeFree(db: Db, frameworkId: number, code: string, selfId?: number) {
  const taken = await findCompetencyByCode(db, frameworkId, code)
  if (taken && taken.id !== selfId) throw new Conflict('duplicate', `Code ${code} is already used in this framework`, { field: 'code' })
}

// Creates a competency at the end of its siblings unless a position is given.
export async function createCompetency(db: Db, actor: Viewer, input: CompetencyInput) {
  const framework = await findFramework(db, input.frameworkId)
  if (!framework) throw new Invalid(`Framework ${input.frameworkId} does not exist`, { field: 'frameworkId' })
  assertCanEdit(actor, framework, 'Framework', framework.id)
  assertMayWriteKind(actor, framework.kind)
  await checkParent(db, input.frameworkId, input.parentId)
  await checkCodeFree(db, input.frameworkId, input.code)
  const position = input.position ?? (await nextPosition(db, input.frameworkId, input.parentId ?? null))
  const created = await getCompetency(db, await insertCompetency(db, { ...input, position }))
  await recordAudit(db, actor, { action: 'create', table: 'competencies', rowId: created.id, summary: `Created competency ${created.code}`, after: created })
  return created
}

// The audit's verb for an edit: retiring, restoring and publishing are named as such.
function editWords(before: { status: string; retiredAt: string | null }, patch: CompetencyPatch): string {
  if (patch.retired === true && before.retiredAt === null) return 'Retired'
  if (patch.retired === false && before.retiredAt !== null) return 'Restored'
  if (patch.status === 'active' && before.status === 'draft') return 'Published'
  return 'Edited'
}

// Edits a competency (publishes a draft, retires or restores it); moving it under one of its own descendants is refused.
export async function updateCompetency(db: Db, actor: Viewer, id: number, patch: CompetencyPatch) {
  const current = await requireCompetency(db, id)
  await requireEditableFramework(db, actor, current.frameworkId)
  const before = await getCompetency(db, id)
  await checkParent(db, current.frameworkId, patch.parentId, id)
  const newCode = patch.code !== undefined && patch.code !== current.code
  // A code repeated by an import (CASE allows it) may stay while other fields change; a new code must be free.
  if (newCode) await checkCodeFree(db, current.frameworkId, patch.code!, id)
  // A code someone gives is no longer one Rungs made up, so CASE exports carry it.
  await updateCompetencyRow(db, id, newCode ? { ...patch, codeGenerated: 0 } : patch)
  const after = await getCompetency(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'competencies', rowId: id, summary: `${editWords(before, patch)} competency ${after.code}`, before, after })
  return after
}
