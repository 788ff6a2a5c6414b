// Deciding on findings (DESIGN §3): people who may edit a pathway accept a finding as intended, with a reason,
// or assign it to a person of the partnership with a due date; or withdraw the decision. Each decision is kept
// against the finding's fingerprint and the facts it was taken on, and audited.
import type { DecisionInput } from '../../../shared/schemas/finding-decision'
import type { Db } from '../../db/connect'
import { endCurrentDecision, findDecision, insertDecision, listDecisions } from '../../db/queries/finding-decisions'
import { mentionablePeople } from '../../db/queries/inbox'
import { modulesByIds } from '../../db/queries/modules'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { now } from '../../db/stamps'
import { Conflict, Invalid, NotFound } from '../../errors'
import { assertActorMay, assertCanEdit, type Viewer } from '../access'
import type { Actor } from '../../../shared/domain/permissions'
import { currentFinding } from '../analysis-cache/finding'
import type { CacheOptions } from '../analysis-cache/page'
import { recordAudit } from '../audit'

// The pathway by slug if the actor may edit it (pathway:write and its own organisation's): 404, 403 otherwise.
async function editablePathway(db: Db, actor: Actor, slug: string) {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  assertActorMay(actor, 'pathway:write', 'decide on findings')
  assertCanEdit(actor, pathway, 'Pathway', slug)
  return pathway
}

// Refuses (422) an assignee who is not an active person, or who could not see every module the finding involves
// (another organisation's drafts): they could not act on it. Which module is hidden from them is not said.
async function requireAssigneeSees(db: Db, assigneeId: number, moduleIds: readonly number[]) {
  const [person] = await mentionablePeople(db, { ids: [assigneeId], limit: 1 })
  if (!person) throw new Invalid(`assigneeId: person ${assigneeId} does not exist or is disabled`, { field: 'assigneeId' })
  const seen = await modulesByIds(db, [...new Set(moduleIds)], { id: person.id, role: person.role, organisationId: person.organisationId })
  if (seen.length < new Set(moduleIds).size) {
    throw new Invalid(`assigneeId: ${person.name} cannot see every row this finding involves; assign it to someone who can`, { field: 'assigneeId' })
  }
}

// Records a decision on the finding with this fingerprint, which must be a finding of the pathway's stored
// analysis as the findings page serves it (404 otherwise); the decision it replaces, if any, ends and stays in
// the history.
export async function decide(db: Db, actor: Actor, slug: string, input: DecisionInput, options: CacheOptions) {
  const pathway = await editablePathway(db, actor, slug)
  const finding = await currentFinding(db, pathway, actor, input.fingerprint, options)
  if (!finding) throw new NotFound('Finding', input.fingerprint)
  if (input.decision === 'assigned') await requireAssigneeSees(db, input.assigneeId, finding.refs.moduleIds ?? [])
  const at = now()
  return db.transaction().execute(async (trx) => {
    await endCurrentDecision(trx, pathway.id, finding.fingerprint, { at, by: actor.id, reason: 'replaced' })
    const id = await insertDecision(trx, {
      pathwayId: pathway.id,
      fingerprint: finding.fingerprint,
      kind: finding.kind,
      factsHash: finding.factsHash,
      decision: input.decision,
      reason: input.reason || null,
      assigneeId: input.decision === 'assigned' ? input.assigneeId : null,
      dueOn: input.decision === 'assigned' ? input.dueOn : null,
      summary: finding.message,
      decidedBy: actor.id,
      decidedAt: at,
    })
    const decision = (await findDecision(trx, pathway.id, id))!
    const what = input.decision === 'accepted' ? 'Accepted as intended' : `Assigned to ${decision.assigneeName} (due ${decision.dueOn})`
    await recordAudit(trx, actor, { action: 'create', table: 'finding_decisions', rowId: id, summary: `${what}: ${finding.message}`, after: decision })
    return decision
  })
}

// Withdraws a current decision: the finding is open again; the decision stays in the history. 409 for one that
// has already ended (replaced or withdrawn), 404 for one that is not the pathway's.
export async function withdrawDecision(db: Db, actor: Actor, slug: string, id: number) {
  const pathway = await editablePathway(db, actor, slug)
  return db.transaction().execute(async (trx) => {
    const before = await findDecision(trx, pathway.id, id)
    if (!before) throw new NotFound('Decision', id)
    if (before.endedAt) throw new Conflict('decision_ended', `Decision ${id} has already ended (${before.endReason}).`, { endReason: before.endReason })
    await endCurrentDecision(trx, pathway.id, before.fingerprint, { at: now(), by: actor.id, reason: 'withdrawn' })
    await recordAudit(trx, actor, { action: 'delete', table: 'finding_decisions', rowId: id, summary: `Withdrew a decision: ${before.summary}`, before })
  })
}

// The history of decisions on a pathway's findings (of one finding with `fingerprint`), oldest first.
export async function decisionHistory(db: Db, viewer: Viewer, slug: string, fingerprint?: string) {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const rows = await listDecisions(db, pathway.id, fingerprint)
  return viewer ? rows : rows.map((row) => ({ ...row, assigneeName: null, decidedByName: null, endedByName: null }))
}
