// SQL for bulk imports: lookups by identifier and multi-row inserts, in chunks small enough for both dialects'
// limits on bound parameters.
import type { BasicSkillSubject, LinkRelation } from '../../../shared/domain/vocabulary'
import type { Db } from '../connect'
import type { CompetenciesTable } from '../database'
import { now } from '../stamps'
import { competencyColumns } from './competencies'

const CHUNK = 1000

// A list cut into parts of at most `size`, so each part binds few enough parameters for both dialects.
export function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

// The framework with this identifier, or undefined.
export function findFrameworkByUuid(db: Db, uuid: string) {
  return db.selectFrom('frameworks').select(['id', 'uuid', 'title', 'kind']).where('uuid', '=', uuid).executeTakeFirst()
}

// The competencies, of any framework, that carry these identifiers.
export async function competenciesByUuids(db: Db, uuids: readonly string[]) {
  const found = []
  for (const part of chunks(uuids)) {
    found.push(...(await db.selectFrom('competencies').select(competencyColumns).where('uuid', 'in', part).execute()))
  }
  return found
}

export type NewCompetency = Pick<CompetenciesTable, 'uuid' | 'frameworkId' | 'parentId' | 'code' | 'statement' | 'kind' | 'level' | 'position'> & {
  subject: BasicSkillSubject | null
  caseExtra: string | null
  codeGenerated: 0 | 1
}

// Inserts competencies in chunks and returns the id given to each identifier. 2,000 rows of 13 values stay
// under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters, with few statements to prepare.
export async function insertCompetencies(db: Db, rows: readonly NewCompetency[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>()
  const stamp = now()
  for (const part of chunks(rows, 2000)) {
    const inserted = await db
      .insertInto('competencies')
      .values(part.map((row) => ({ ...row, createdAt: stamp, updatedAt: stamp })))
      .returning(['id', 'uuid'])
      .execute()
    for (const row of inserted) ids.set(row.uuid, row.id)
  }
  return ids
}

export type LinkRow = { fromId: number; toId: number; relation: LinkRelation }
export type NewLink = LinkRow & { caseExtra: string | null }

// The links that start at any of these competencies.
export async function linksFrom(db: Db, fromIds: readonly number[]): Promise<LinkRow[]> {
  const found: LinkRow[] = []
  for (const part of chunks(fromIds)) {
    found.push(...(await db.selectFrom('competency_links').select(['fromId', 'toId', 'relation']).where('fromId', 'in', part).execute()))
  }
  return found
}

// Inserts links (the caller has removed those that exist).
export async function insertLinks(db: Db, rows: readonly NewLink[]): Promise<void> {
  for (const part of chunks(rows)) await db.insertInto('competency_links').values(part.map((r) => ({ ...r, minLevel: null }))).execute()
}
