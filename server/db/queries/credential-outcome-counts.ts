// SQL for aggregate learner outcomes per credential (credential_outcome_counts): one row per credential, term
// and subgroup, as outcome-counts.ts is per module.
import type { OutcomeRow } from '../../../shared/domain/outcomes/table'
import type { Db } from '../connect'
import type { OutcomeRowToWrite } from './outcome-counts'
import { now } from '../stamps'

const countColumns = ['term', 'subgroupDimension', 'subgroupValue', 'enrolled', 'completed', 'credentialEarned', 'continued', 'employedQ2', 'medianEarningsQ2', 'source'] as const

export type StoredCredentialOutcomeRow = OutcomeRow & { credentialId: number; organisationId: number | null; source: string }

// The outcome rows of these credentials.
export function outcomeRowsOfCredentials(db: Db, credentialIds: readonly number[]): Promise<StoredCredentialOutcomeRow[]> {
  if (credentialIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('credential_outcome_counts')
    .select(['credentialId', 'organisationId', ...countColumns])
    .where('credentialId', 'in', credentialIds)
    .orderBy('credentialId').orderBy('term').orderBy('subgroupDimension').orderBy('subgroupValue')
    .execute()
}

// The credentials with these titles (compared without case), with what deciding who may report on them needs.
export function credentialsForOutcomes(db: Db, titles: readonly string[]) {
  if (titles.length === 0) return Promise.resolve([])
  return db
    .selectFrom('credentials')
    .select(['id', 'title', 'organisationId'])
    .where((eb) => eb(eb.fn('lower', ['title']), 'in', titles.map((title) => title.toLowerCase())))
    .execute()
}

// The credentials that modules placed on the pathway lead to, by title.
export function credentialsOfPathway(db: Db, moduleIds: readonly number[]) {
  if (moduleIds.length === 0) return Promise.resolve([])
  return db
    .selectFrom('credentials')
    .select(['id', 'title', 'organisationId'])
    .where('id', 'in', db.selectFrom('module_credentials').select('credentialId').where('moduleId', 'in', moduleIds))
    .orderBy('title').orderBy('id')
    .execute()
}

// Which (credential, term) pairs already have rows, for the preview's "replaces".
export async function storedCredentialTerms(db: Db, credentialIds: readonly number[]): Promise<Set<string>> {
  if (credentialIds.length === 0) return new Set()
  const rows = await db.selectFrom('credential_outcome_counts').select(['credentialId', 'term']).distinct().where('credentialId', 'in', credentialIds).execute()
  return new Set(rows.map((row) => `${row.credentialId} ${row.term}`))
}

// Replaces a credential's rows of one term with these (in the caller's transaction).
export async function replaceCredentialOutcomeTerm(db: Db, credentialId: number, term: string, organisationId: number | null, rows: readonly OutcomeRowToWrite[], userId: number | null): Promise<void> {
  await db.deleteFrom('credential_outcome_counts').where('credentialId', '=', credentialId).where('term', '=', term).execute()
  const at = now()
  await db
    .insertInto('credential_outcome_counts')
    .values(rows.map((row) => ({ ...row, credentialId, term, organisationId, updatedBy: userId, createdAt: at, updatedAt: at })))
    .execute()
}

// Removes a credential's rows of one term; returns how many there were.
export async function deleteCredentialOutcomeTerm(db: Db, credentialId: number, term: string): Promise<number> {
  const result = await db.deleteFrom('credential_outcome_counts').where('credentialId', '=', credentialId).where('term', '=', term).executeTakeFirst()
  return Number(result.numDeletedRows)
}
