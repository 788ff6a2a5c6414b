// SQL for a partnership's local wages: rows of occupation_wages that an organisation owns.
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { now } from '../stamps'
import { paginate } from './paginate'

// The figures of a local wage row as the services write them.
export type LocalWageFields = {
  socCode: string
  region: string
  source: string
  year: number
  hourlyMedian: number | null
  annualMedian: number | null
  hourlyP25: number | null
  hourlyP75: number | null
  annualP25: number | null
  annualP75: number | null
}

const localColumns = [
  'w.id',
  'w.socCode',
  'occupations.title',
  'w.region',
  'w.source',
  'w.year',
  'w.period',
  'w.organisationId',
  'organisations.name as organisationName',
  'w.hourlyMedian',
  'w.annualMedian',
  'w.hourlyP25',
  'w.hourlyP75',
  'w.annualP25',
  'w.annualP75',
  'w.createdAt',
  'w.updatedAt',
] as const

function localRows(db: Db) {
  return db
    .selectFrom('occupation_wages as w')
    .innerJoin('organisations', 'organisations.id', 'w.organisationId')
    .leftJoin('occupations', 'occupations.socCode', 'w.socCode')
    .select(localColumns)
}

// One page of local wage rows, by occupation and organisation when asked.
export function listLocalWages(db: Db, filter: Page & { socCode?: string; organisationId?: number }) {
  let query = localRows(db)
  if (filter.socCode) query = query.where('w.socCode', '=', filter.socCode)
  if (filter.organisationId) query = query.where('w.organisationId', '=', filter.organisationId)
  return paginate(query.orderBy('w.socCode').orderBy('w.year', 'desc').orderBy('w.region').orderBy('w.id'), filter)
}

// One local wage row, or undefined (national rows are not local rows).
export function findLocalWage(db: Db, id: number) {
  return localRows(db).where('w.id', '=', id).executeTakeFirst()
}

// The organisation's local rows for these occupations, to match an import or a new row against.
export function localWagesOfOrganisation(db: Db, organisationId: number, codes: readonly string[]) {
  if (!codes.length) return Promise.resolve([])
  return db
    .selectFrom('occupation_wages')
    .select(['id', 'socCode', 'region', 'source', 'year'])
    .where('organisationId', '=', organisationId)
    .where('socCode', 'in', codes)
    .execute()
}

// Inserts a local row owned by the organisation and returns its id.
export async function insertLocalWage(db: Db, organisationId: number, fields: LocalWageFields): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('occupation_wages')
    .values({ ...fields, period: String(fields.year), organisationId, employment: null, notes: null, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Writes the given figures of a local row.
export async function updateLocalWage(db: Db, id: number, fields: Partial<LocalWageFields>): Promise<void> {
  const period = fields.year === undefined ? {} : { period: String(fields.year) }
  await db.updateTable('occupation_wages').set({ ...fields, ...period, updatedAt: now() }).where('id', '=', id).execute()
}

// Deletes a local row.
export async function deleteLocalWage(db: Db, id: number): Promise<void> {
  await db.deleteFrom('occupation_wages').where('id', '=', id).where('organisationId', 'is not', null).execute()
}
