// SQL for placing a bridge or integrated module on a pathway's stage from outside the pathway editor, and for the
// proposals that wait for the pathway's owners.
import type { Actor } from '../../../shared/domain/permissions'
import type { Db } from '../connect'
import type { ProposalState } from '../tables/placements'
import { visibleTo } from './visibility'

// The stages of this pathway on which the modules a bridge prepares for sit (those the reader may see).
export async function targetStagesOnPathway(db: Db, pathwayId: number, bridgeId: number, reader: Actor): Promise<number[]> {
  const rows = await db
    .selectFrom('pathway_modules')
    .innerJoin('bridge_targets', 'bridge_targets.targetId', 'pathway_modules.moduleId')
    .innerJoin('modules', 'modules.id', 'pathway_modules.moduleId')
    .select('pathway_modules.stage')
    .where('pathway_modules.pathwayId', '=', pathwayId)
    .where('bridge_targets.bridgeId', '=', bridgeId)
    .where(visibleTo(reader))
    .execute()
  return rows.map((r) => r.stage)
}

// Whether the module is already on the pathway.
export async function isPlaced(db: Db, pathwayId: number, moduleId: number): Promise<boolean> {
  const row = await db.selectFrom('pathway_modules').select('moduleId').where('pathwayId', '=', pathwayId).where('moduleId', '=', moduleId).executeTakeFirst()
  return row !== undefined
}

// Places a module last on a stage (neither entry nor exit point).
export async function appendPlacement(db: Db, pathwayId: number, moduleId: number, stage: number): Promise<void> {
  const last = await db
    .selectFrom('pathway_modules')
    .select((eb) => eb.fn.max('position').as('position'))
    .where('pathwayId', '=', pathwayId)
    .where('stage', '=', stage)
    .executeTakeFirst()
  const position = last?.position == null ? 0 : Number(last.position) + 1
  await db.insertInto('pathway_modules').values({ pathwayId, moduleId, stage, position, isEntry: 0, isExit: 0 }).execute()
}

// Records a pending proposal and returns its id.
export async function insertProposal(db: Db, row: { pathwayId: number; moduleId: number; stage: number; proposedBy: number; proposedAt: string }): Promise<number> {
  const { id } = await db.insertInto('placement_proposals').values({ ...row, state: 'pending' }).returning('id').executeTakeFirstOrThrow()
  return id
}

function proposals(db: Db) {
  return db
    .selectFrom('placement_proposals as p')
    .innerJoin('modules as m', 'm.id', 'p.moduleId')
    .leftJoin('organisations as o', 'o.id', 'm.organisationId')
    .leftJoin('users as proposer', 'proposer.id', 'p.proposedBy')
    .select([
      'p.id', 'p.pathwayId', 'p.moduleId', 'p.stage', 'p.state', 'p.proposedAt', 'p.decidedAt',
      'm.code', 'm.title', 'm.kind', 'm.entryLevel', 'o.name as organisationName', 'proposer.name as proposerName',
    ])
}

// The proposals of a pathway still waiting for its owners, oldest first.
export function pendingProposalsOf(db: Db, pathwayId: number) {
  return proposals(db).where('p.pathwayId', '=', pathwayId).where('p.state', '=', 'pending').orderBy('p.id').execute()
}

// The pending proposal of this module for this pathway, if any.
export function pendingProposalFor(db: Db, pathwayId: number, moduleId: number) {
  return proposals(db).where('p.pathwayId', '=', pathwayId).where('p.moduleId', '=', moduleId).where('p.state', '=', 'pending').executeTakeFirst()
}

// One proposal of a pathway, in any state.
export function findProposal(db: Db, pathwayId: number, id: number) {
  return proposals(db).where('p.pathwayId', '=', pathwayId).where('p.id', '=', id).executeTakeFirst()
}

export type Proposal = NonNullable<Awaited<ReturnType<typeof findProposal>>>

// Records the owners' decision on a pending proposal; false when it was no longer pending.
export async function decideProposal(db: Db, id: number, state: Exclude<ProposalState, 'pending'>, decidedBy: number, decidedAt: string): Promise<boolean> {
  const result = await db
    .updateTable('placement_proposals')
    .set({ state, decidedBy, decidedAt })
    .where('id', '=', id)
    .where('state', '=', 'pending')
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}
