// ABE instructors placing their own bridge and integrated modules on a pathway's stages, at or below the stage of
// the modules the bridge prepares for. Inside the pathway's organisation the placement is made at once; from
// another organisation it is proposed, and waits for the pathway's owners to approve or decline it. Every step is
// audited. The caller owns the transaction.
import { can, ownsRow, type Actor } from '../../../shared/domain/permissions'
import type { PlacementInput } from '../../../shared/schemas/placement'
import type { Db } from '../../db/connect'
import { findModule } from '../../db/queries/modules'
import { findPathwayBySlug, updatePathwayAtVersion } from '../../db/queries/pathways'
import {
  appendPlacement,
  decideProposal,
  findProposal,
  insertProposal,
  isPlaced,
  pendingProposalFor,
  pendingProposalsOf,
  targetStagesOnPathway,
  type Proposal,
} from '../../db/queries/placement-proposals'
import { now } from '../../db/stamps'
import { AppError, Conflict, Invalid, NotFound } from '../../errors'
import { assertCanEdit } from '../access'
import { recordAudit } from '../audit'
import { requireVisibleModules } from '../id-checks'
import { assertEditable } from '../workflow/system'

type Pathway = NonNullable<Awaited<ReturnType<typeof findPathwayBySlug>>>

async function requirePathway(db: Db, slug: string): Promise<Pathway> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  return pathway
}

// The highest stage the bridge may go on: the lowest stage holding a module it prepares for.
async function highestStage(db: Db, actor: Actor, pathway: Pathway, module: { id: number; code: string }): Promise<number> {
  const stages = await targetStagesOnPathway(db, pathway.id, module.id, actor)
  if (!stages.length) {
    throw new Invalid(`moduleId: ${module.code} prepares for none of the modules of "${pathway.title}"; name its target modules in the bridge builder or the module editor first`, { field: 'moduleId' })
  }
  return Math.min(...stages)
}

// The module to place: one the actor may see (else refused as missing), a bridge or integrated module, of the
// actor's own organisation.
async function placeableModule(db: Db, actor: Actor, moduleId: number) {
  await requireVisibleModules(db, actor, [moduleId], 'moduleId')
  const module = (await findModule(db, moduleId))!
  if (module.kind === 'occupational') {
    throw new Invalid(`moduleId: ${module.code} is an occupational module; those are placed in the pathway editor`, { field: 'moduleId' })
  }
  assertCanEdit(actor, module, 'Module', module.code)
  return module
}

// Puts the module last on the stage, as an edit of the pathway (a new version; an approved pathway becomes a draft).
async function place(db: Db, pathway: Pathway, moduleId: number, stage: number): Promise<void> {
  assertEditable('Pathway', pathway.slug, pathway.status)
  if (await isPlaced(db, pathway.id, moduleId)) throw new Conflict('already_placed', `The module is already on "${pathway.title}"`)
  if (!(await updatePathwayAtVersion(db, pathway.id, pathway.version, { status: 'draft' }))) {
    throw new Conflict('stale_version', `Pathway "${pathway.title}" was changed meanwhile; try again`)
  }
  await appendPlacement(db, pathway.id, moduleId, stage)
}

// Places the actor's bridge on a stage (the pathway's own organisation) or proposes it to the owners (another one).
export async function placeBridge(db: Db, actor: Actor, slug: string, input: PlacementInput) {
  const pathway = await requirePathway(db, slug)
  const module = await placeableModule(db, actor, input.moduleId)
  const highest = await highestStage(db, actor, pathway, module)
  if (input.stage > highest) {
    throw new Invalid(`stage: ${module.code} prepares for stage ${highest} of "${pathway.title}", so it may go on stage ${highest} or below, not ${input.stage}`, { field: 'stage' })
  }
  const where = `${module.code} on stage ${input.stage} of pathway "${pathway.title}"`
  if (ownsRow(actor, pathway.organisationId)) {
    await place(db, pathway, module.id, input.stage)
    await recordAudit(db, actor, { action: 'update', table: 'pathways', rowId: pathway.id, summary: `Placed ${where}`, after: { moduleId: module.id, stage: input.stage } })
    return { state: 'placed' as const, pathwayId: pathway.id, moduleId: module.id, stage: input.stage, proposalId: null }
  }
  if (module.approvedVersion === null) {
    throw new Invalid(`moduleId: ${module.code} has never been approved, so the owners of "${pathway.title}" cannot see it; submit it for review first`, { field: 'moduleId' })
  }
  if (await isPlaced(db, pathway.id, module.id)) throw new Conflict('already_placed', `${module.code} is already on "${pathway.title}"`)
  if (await pendingProposalFor(db, pathway.id, module.id)) throw new Conflict('already_proposed', `${module.code} is already proposed for "${pathway.title}" and waits for its owners`)
  const row = { pathwayId: pathway.id, moduleId: module.id, stage: input.stage, proposedBy: actor.id, proposedAt: now() }
  const id = await insertProposal(db, row)
  await recordAudit(db, actor, { action: 'create', table: 'placement_proposals', rowId: id, summary: `Proposed ${where}`, after: { ...row, state: 'pending' } })
  return { state: 'pending' as const, pathwayId: pathway.id, moduleId: module.id, stage: input.stage, proposalId: id }
}

// Throws 403 unless the actor may edit the pathway (its organisation, with the right to write pathways).
function assertOwner(actor: Actor, pathway: Pathway): void {
  if (!can(actor.role, 'pathway:write')) throw new AppError('forbidden', 403, 'Your role does not allow you to decide on placements.')
  assertCanEdit(actor, pathway, 'Pathway', pathway.slug)
}

// The placements proposed for a pathway that wait for its owners (only they see them).
export async function pendingProposals(db: Db, actor: Actor, slug: string) {
  const pathway = await requirePathway(db, slug)
  assertOwner(actor, pathway)
  return { items: await pendingProposalsOf(db, pathway.id) }
}

// The owners' answer to a proposal: approved places the module on the proposed stage; declined leaves the pathway.
export async function decideOnProposal(db: Db, actor: Actor, slug: string, id: number, decision: 'approved' | 'declined') {
  const pathway = await requirePathway(db, slug)
  assertOwner(actor, pathway)
  const proposal = await findProposal(db, pathway.id, id)
  if (!proposal) throw new NotFound('Placement proposal', id)
  if (proposal.state !== 'pending') throw new Conflict('already_decided', `The placement of ${proposal.code} was already ${proposal.state}`)
  if (decision === 'approved') await place(db, pathway, proposal.moduleId, proposal.stage)
  await decideProposal(db, id, decision, actor.id, now())
  await recordAudit(db, actor, {
    action: 'update', table: 'placement_proposals', rowId: id, summary: `${decision === 'approved' ? 'Approved' : 'Declined'} ${describe(proposal, pathway)}`,
    before: proposal, after: { ...proposal, state: decision },
  })
  return { id, state: decision, moduleId: proposal.moduleId, stage: proposal.stage }
}

const describe = (p: Proposal, pathway: Pathway) =>
  `the placement of ${p.code} on stage ${p.stage} of pathway "${pathway.title}" (proposed by ${p.proposerName ?? 'a former member'}${p.organisationName ? ` of ${p.organisationName}` : ''})`
