// SQL for the decisions taken on a pathway's findings (accepted as intended, assigned), kept by fingerprint.
import type { Insertable } from 'kysely'
import type { Db } from '../connect'
import type { FindingDecisionsTable } from '../tables/findings'

const COLUMNS = [
  'finding_decisions.id',
  'finding_decisions.fingerprint',
  'finding_decisions.kind',
  'finding_decisions.factsHash',
  'finding_decisions.decision',
  'finding_decisions.reason',
  'finding_decisions.assigneeId',
  'assignee.name as assigneeName',
  'finding_decisions.dueOn',
  'finding_decisions.summary',
  'finding_decisions.decidedBy',
  'decider.name as decidedByName',
  'finding_decisions.decidedAt',
  'finding_decisions.endedAt',
  'finding_decisions.endedBy',
  'ender.name as endedByName',
  'finding_decisions.endReason',
] as const

function decisions(db: Db) {
  return db
    .selectFrom('finding_decisions')
    .leftJoin('users as assignee', 'assignee.id', 'finding_decisions.assigneeId')
    .leftJoin('users as decider', 'decider.id', 'finding_decisions.decidedBy')
    .leftJoin('users as ender', 'ender.id', 'finding_decisions.endedBy')
    .select(COLUMNS)
}

export type DecisionRow = Awaited<ReturnType<typeof listDecisions>>[number]

// The decisions of a pathway, oldest first (the history), of one finding when a fingerprint is given.
export function listDecisions(db: Db, pathwayId: number, fingerprint?: string) {
  let query = decisions(db).where('finding_decisions.pathwayId', '=', pathwayId)
  if (fingerprint) query = query.where('finding_decisions.fingerprint', '=', fingerprint)
  return query.orderBy('finding_decisions.id').execute()
}

// The decisions of a pathway that stand: neither replaced nor withdrawn (at most one per fingerprint).
export function currentDecisions(db: Db, pathwayId: number) {
  return decisions(db).where('finding_decisions.pathwayId', '=', pathwayId).where('finding_decisions.endedAt', 'is', null).execute()
}

// One decision of a pathway, or undefined.
export function findDecision(db: Db, pathwayId: number, id: number) {
  return decisions(db).where('finding_decisions.pathwayId', '=', pathwayId).where('finding_decisions.id', '=', id).executeTakeFirst()
}

// Ends the current decision on a finding (a new one replaces it), if there is one.
export async function endCurrentDecision(db: Db, pathwayId: number, fingerprint: string, end: { at: string; by: number | null; reason: 'replaced' | 'withdrawn' }) {
  await db
    .updateTable('finding_decisions')
    .set({ endedAt: end.at, endedBy: end.by, endReason: end.reason })
    .where('pathwayId', '=', pathwayId)
    .where('fingerprint', '=', fingerprint)
    .where('endedAt', 'is', null)
    .execute()
}

export async function insertDecision(db: Db, row: Insertable<FindingDecisionsTable>): Promise<number> {
  const { id } = await db.insertInto('finding_decisions').values(row).returning('id').executeTakeFirstOrThrow()
  return id
}
