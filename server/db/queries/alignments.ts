// SQL for alignments: a module, or one of its outcomes, mapped to a competency at a depth.
import type { AlignmentInput } from '../../../shared/schemas/module'
import type { Db } from '../connect'
import { fromFlag, toFlag } from '../stamps'
import { prepared } from '../prepared'

// Every alignment of a module (module-level and per outcome) with its competency and framework.
const alignmentsOf = prepared((db, p: { moduleId: number }) =>
  db
    .selectFrom('alignments as a')
    .innerJoin('competencies as c', 'c.id', 'a.competencyId')
    .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
    .select([
      'a.id',
      'a.outcomeId',
      'a.competencyId',
      'a.depth',
      'a.assessed',
      'c.code as competencyCode',
      'c.statement as competencyStatement',
      'c.frameworkId',
      'f.title as frameworkTitle',
    ])
    .where('a.moduleId', '=', p.moduleId)
    .orderBy('f.title')
    .orderBy('c.code')
    .orderBy('a.id'),
)

export async function alignmentsOfModule(db: Db, moduleId: number) {
  const rows = await alignmentsOf(db, { moduleId })
  return rows.map((row) => ({ ...row, assessed: fromFlag(row.assessed) }))
}

// Replaces the alignments of one outcome, or the module-level ones when outcomeId is null.
export async function replaceAlignments(
  db: Db,
  moduleId: number,
  outcomeId: number | null,
  alignments: readonly AlignmentInput[],
): Promise<void> {
  await db
    .deleteFrom('alignments')
    .where('moduleId', '=', moduleId)
    .where('outcomeId', outcomeId === null ? 'is' : '=', outcomeId)
    .execute()
  if (!alignments.length) return
  await db
    .insertInto('alignments')
    .values(
      alignments.map((a) => ({ moduleId, outcomeId, competencyId: a.competencyId, depth: a.depth, assessed: toFlag(a.assessed) })),
    )
    .execute()
}

// The ids among these that name an existing competency.
export async function existingCompetencyIds(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (!ids.length) return new Set()
  const rows = await db.selectFrom('competencies').select('id').where('id', 'in', ids).execute()
  return new Set(rows.map((r) => r.id))
}

// Competencies by id with their framework, for showing the alignments a revision kept.
export function competenciesWithFrameworks(db: Db, ids: readonly number[]) {
  if (!ids.length) return Promise.resolve([])
  return db
    .selectFrom('competencies as c')
    .innerJoin('frameworks as f', 'f.id', 'c.frameworkId')
    .select(['c.id', 'c.code', 'c.statement', 'c.frameworkId', 'f.title as frameworkTitle'])
    .where('c.id', 'in', [...ids])
    .execute()
}

// The retired competencies among `ids` that the module does not align to yet: a retired item keeps the alignments
// it has and takes no new one.
export async function newlyAlignedRetired(db: Db, moduleId: number, ids: readonly number[]) {
  if (!ids.length) return []
  return db
    .selectFrom('competencies')
    .select(['id', 'code'])
    .where('id', 'in', [...ids])
    .where('retiredAt', 'is not', null)
    .where('id', 'not in', db.selectFrom('alignments').select('competencyId').where('moduleId', '=', moduleId))
    .orderBy('code')
    .execute()
}
