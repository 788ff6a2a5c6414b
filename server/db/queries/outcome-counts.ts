// SQL for aggregate learner outcomes (outcome_counts): one row per module, term and subgroup.
import type { OutcomeRow } from '../../../shared/domain/outcomes/table'
import type { Db } from '../connect'
import { visibleTo, type Reader } from './visibility'
import { now } from '../stamps'

const countColumns = ['term', 'subgroupDimension', 'subgroupValue', 'enrolled', 'completed', 'credentialEarned', 'continued', 'employedQ2', 'medianEarningsQ2', 'source'] as const

export type StoredOutcomeRow = OutcomeRow & { moduleId: number; organisationId: number | null; source: string }

// A row as written for one term; `source` empty when not given.
export type OutcomeRowToWrite = Omit<OutcomeRow, 'term'> & { source?: string }

// The outcome rows of these modules, optionally of one term.
export function outcomeRowsOfModules(db: Db, moduleIds: readonly number[], term?: string): Promise<StoredOutcomeRow[]> {
  if (moduleIds.length === 0) return Promise.resolve([])
  let select = db.selectFrom('outcome_counts').select(['moduleId', 'organisationId', ...countColumns]).where('moduleId', 'in', moduleIds)
  if (term) select = select.where('term', '=', term)
  return select.orderBy('moduleId').orderBy('term').orderBy('subgroupDimension').orderBy('subgroupValue').execute()
}

// The modules with these codes that the reader may see, with what deciding who may report their outcomes needs.
export function modulesForOutcomes(db: Db, codes: readonly string[], reader: Reader) {
  if (codes.length === 0) return Promise.resolve([])
  return db
    .selectFrom('modules')
    .select(['id', 'code', 'title', 'kind', 'organisationId', 'approvedVersion'])
    .where('code', 'in', codes)
    .where(visibleTo(reader))
    .execute()
}

// How many rows each (module, term) already has, for the preview's "replaces".
export async function storedTerms(db: Db, moduleIds: readonly number[]): Promise<Set<string>> {
  if (moduleIds.length === 0) return new Set()
  const rows = await db.selectFrom('outcome_counts').select(['moduleId', 'term']).distinct().where('moduleId', 'in', moduleIds).execute()
  return new Set(rows.map((row) => `${row.moduleId} ${row.term}`))
}

// Replaces a module's rows of one term with these (in the caller's transaction).
export async function replaceOutcomeTerm(db: Db, moduleId: number, term: string, organisationId: number | null, rows: readonly OutcomeRowToWrite[], userId: number | null): Promise<void> {
  await db.deleteFrom('outcome_counts').where('moduleId', '=', moduleId).where('term', '=', term).execute()
  const at = now()
  await db
    .insertInto('outcome_counts')
    .values(rows.map((row) => ({ ...row, moduleId, term, organisationId, updatedBy: userId, createdAt: at, updatedAt: at })))
    .execute()
}

// Removes a module's rows of one term; returns how many there were.
export async function deleteOutcomeTerm(db: Db, moduleId: number, term: string): Promise<number> {
  const result = await db.deleteFrom('outcome_counts').where('moduleId', '=', moduleId).where('term', '=', term).executeTakeFirst()
  return Number(result.numDeletedRows)
}
