// SQL for what comments are about: the facts of each kind of target that visibility, labels and links need.
import type { Actor } from '../../../shared/domain/permissions'
import type { CommentTargetKind } from '../../../shared/schemas/comment'
import type { Db } from '../connect'
import { visibleTo } from './visibility'

// The facts of one target: the module whose draft status hides it (modules and their outcomes), and what to call
// it and where it lives. Frameworks, competencies and pathways have no drafts, so they are visible to every member.
export type TargetFacts = {
  label: string
  module?: { id: number; organisationId: number | null; status: string; approvedVersion: number | null }
  pathwaySlug?: string
  frameworkId?: number
}

// The facts of the target of a kind and id (for a finding, its pathway), or undefined when no such row exists.
export async function targetFacts(db: Db, kind: CommentTargetKind, id: number): Promise<TargetFacts | undefined> {
  if (kind === 'module') {
    const row = await db.selectFrom('modules').select(['id', 'code', 'title', 'organisationId', 'status', 'approvedVersion']).where('id', '=', id).executeTakeFirst()
    return row && { label: `${row.code} ${row.title}`, module: row }
  }
  if (kind === 'outcome') {
    const row = await db
      .selectFrom('outcomes')
      .innerJoin('modules', 'modules.id', 'outcomes.moduleId')
      .select(['modules.id', 'modules.code', 'modules.organisationId', 'modules.status', 'modules.approvedVersion', 'outcomes.position'])
      .where('outcomes.id', '=', id)
      .executeTakeFirst()
    return row && { label: `Outcome ${row.position + 1} of ${row.code}`, module: { id: row.id, organisationId: row.organisationId, status: row.status, approvedVersion: row.approvedVersion } }
  }
  if (kind === 'competency') {
    const row = await db.selectFrom('competencies').select(['code', 'frameworkId']).where('id', '=', id).executeTakeFirst()
    return row && { label: `Competency ${row.code}`, frameworkId: row.frameworkId }
  }
  const row = await db.selectFrom('pathways').select(['slug', 'title']).where('id', '=', id).executeTakeFirst()
  return row && { label: kind === 'finding' ? `A finding of ${row.title}` : row.title, pathwaySlug: row.slug }
}

// Of the given module ids, those the reader may see (one query for a whole inbox).
export async function visibleModuleIdsAmong(db: Db, ids: readonly number[], reader: Actor): Promise<Set<number>> {
  if (!ids.length) return new Set()
  const rows = await db.selectFrom('modules').select('id').where('id', 'in', [...new Set(ids)]).where(visibleTo(reader)).execute()
  return new Set(rows.map((r) => r.id))
}
