// Entering one term of a module's outcomes by hand or through the API: the rows replace that term's, in the
// caller's transaction, audited. Only people who may edit the module report its outcomes.
import { modulePermission } from '../../../shared/domain/permissions'
import type { OutcomeTermInput } from '../../../shared/schemas/outcomes'
import type { Db } from '../../db/connect'
import { findModule } from '../../db/queries/modules'
import { deleteOutcomeTerm, replaceOutcomeTerm } from '../../db/queries/outcome-counts'
import { NotFound } from '../../errors'
import { assertActorMay, assertCanEditModule, type Viewer } from '../access'
import { recordAudit } from '../audit'

async function writableModule(db: Db, actor: NonNullable<Viewer>, moduleId: number) {
  const module = await findModule(db, moduleId)
  if (!module) throw new NotFound('Module', moduleId)
  assertCanEditModule(actor, module, moduleId)
  assertActorMay(actor, modulePermission(module.kind), `report the outcomes of ${module.kind} modules`)
  return module
}

// Replaces the term's rows of the module with these.
export async function enterOutcomeTerm(db: Db, actor: NonNullable<Viewer>, moduleId: number, term: string, input: OutcomeTermInput): Promise<void> {
  const module = await writableModule(db, actor, moduleId)
  await replaceOutcomeTerm(db, moduleId, term, module.organisationId, input.rows, actor.id)
  await recordAudit(db, actor, {
    action: 'update', table: 'modules', rowId: moduleId,
    summary: `Outcomes of ${module.code} for ${term}: ${input.rows.length} row${input.rows.length === 1 ? '' : 's'}`,
    after: input.rows,
  })
}

// Removes the term's rows of the module; 404 when it had none.
export async function removeOutcomeTerm(db: Db, actor: NonNullable<Viewer>, moduleId: number, term: string): Promise<void> {
  const module = await writableModule(db, actor, moduleId)
  const removed = await deleteOutcomeTerm(db, moduleId, term)
  if (removed === 0) throw new NotFound(`Outcomes of ${module.code} for term`, term)
  await recordAudit(db, actor, { action: 'update', table: 'modules', rowId: moduleId, summary: `Removed the outcomes of ${module.code} for ${term} (${removed} rows)` })
}
