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
import { Conflict, Invalid, NotFound } from '../../errors'
import { recordAudit } from '../audit'
import { assertCanEdit, type Viewer } from '../access'
import { getCompetency, requireCompetency } from './read'

async function checkParent(db: Db, frameworkId: number, parentId: number | null | undefined, selfId?: number) {
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

// Throws unless the actor may change what is in the framework (its organisation's people and admins).
export async function assertMayEditFramework(db: Db, actor: Viewer, frameworkId: number) {
  const framework = await findFramework(db, frameworkId)
  if (!framework) throw new NotFound('Framework', frameworkId)
  assertCanEdit(actor, framework, 'Framework', frameworkId)
}

// Creates a competency at the end of its siblings unless a position is given.
export async function createCompetency(db: Db, actor: Viewer, input: CompetencyInput) {
  const framework = await findFramework(db, input.frameworkId)
  if (!framework) throw new Invalid(`Framework ${input.frameworkId} does not exist`, { field: 'frameworkId' })
  assertCanEdit(actor, framework, 'Framework', framework.id)
  await checkParent(db, input.frameworkId, input.parentId)
  await checkCodeFree(db, input.frameworkId, input.code)
  const position = input.position ?? (await nextPosition(db, input.frameworkId, input.parentId ?? null))
  const created = await getCompetency(db, await insertCompetency(db, { ...input, position }))
  await recordAudit(db, actor, { action: 'create', table: 'competencies', rowId: created.id, summary: `Created competency ${created.code}`, after: created })
  return created
}

// Edits a competency; moving it under one of its own descendants is refused.
export async function updateCompetency(db: Db, actor: Viewer, id: number, patch: CompetencyPatch) {
  const current = await requireCompetency(db, id)
  await assertMayEditFramework(db, actor, current.frameworkId)
  const before = await getCompetency(db, id)
  await checkParent(db, current.frameworkId, patch.parentId, id)
  const newCode = patch.code !== undefined && patch.code !== current.code
  // A code repeated by an import (CASE allows it) may stay while other fields change; a new code must be free.
  if (newCode) await checkCodeFree(db, current.frameworkId, patch.code!, id)
  // A code someone gives is no longer one Rungs made up, so CASE exports carry it.
  await updateCompetencyRow(db, id, newCode ? { ...patch, codeGenerated: 0 } : patch)
  const after = await getCompetency(db, id)
  await recordAudit(db, actor, { action: 'update', table: 'competencies', rowId: id, summary: `Edited competency ${after.code}`, before, after })
  return after
}
