// SQL for frameworks.
import type { FrameworkInput, FrameworkPatch } from '../../../shared/schemas/framework'
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { newUuid, now } from '../stamps'
import { paginate } from './paginate'

const columns = ['id', 'uuid', 'title', 'publisher', 'version', 'kind', 'source', 'license', 'description', 'organisationId', 'createdAt', 'updatedAt'] as const

function withCompetencyCount(db: Db) {
  return db
    .selectFrom('frameworks')
    .select(columns.map((c) => `frameworks.${c}` as const))
    .select((eb) =>
      eb
        .selectFrom('competencies')
        .whereRef('competencies.frameworkId', '=', 'frameworks.id')
        .select(eb.fn.countAll<number>().as('n'))
        .as('competencyCount'),
    )
}

// One page of frameworks, by title, each with its number of competencies.
export async function listFrameworks(db: Db, filter: Page & { kind?: FrameworkKind }) {
  let query = withCompetencyCount(db).orderBy('frameworks.title').orderBy('frameworks.id')
  if (filter.kind) query = query.where('frameworks.kind', '=', filter.kind)
  const page = await paginate(query, filter)
  return { ...page, items: page.items.map((f) => ({ ...f, competencyCount: Number(f.competencyCount) })) }
}

// One framework with its number of competencies, or undefined.
export async function findFramework(db: Db, id: number) {
  const row = await withCompetencyCount(db).where('frameworks.id', '=', id).executeTakeFirst()
  return row && { ...row, competencyCount: Number(row.competencyCount) }
}

// Inserts a framework owned by `organisationId` and returns its id.
export async function insertFramework(db: Db, input: FrameworkInput, organisationId: number | null, uuid = newUuid()): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('frameworks')
    .values({ ...input, organisationId, uuid, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

// Updates the given fields; returns false when no such framework exists.
export async function updateFramework(db: Db, id: number, patch: FrameworkPatch): Promise<boolean> {
  const result = await db
    .updateTable('frameworks')
    .set({ ...patch, updatedAt: now() })
    .where('id', '=', id)
    .executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// What still points at a framework from outside it: pathways held against it, modules aligned to it.
export async function frameworkReferences(db: Db, id: number) {
  const [pathways, alignments] = await Promise.all([
    db
      .selectFrom('pathway_frameworks')
      .innerJoin('pathways', 'pathways.id', 'pathway_frameworks.pathwayId')
      .where('pathway_frameworks.frameworkId', '=', id)
      .select(['pathways.id', 'pathways.title'])
      .execute(),
    db
      .selectFrom('alignments')
      .innerJoin('competencies', 'competencies.id', 'alignments.competencyId')
      .innerJoin('modules', 'modules.id', 'alignments.moduleId')
      .where('competencies.frameworkId', '=', id)
      .select(['modules.id', 'modules.code', 'modules.status', 'modules.organisationId', 'modules.approvedVersion'])
      .distinct()
      .execute(),
  ])
  return { pathways, modules: alignments }
}

// Deletes a framework with its competencies and their links (the caller has checked references).
export async function deleteFramework(db: Db, id: number): Promise<boolean> {
  // Children first: a self-referencing cascade is not something to rely on across both dialects.
  await db
    .deleteFrom('competency_links')
    .where((eb) =>
      eb.or([
        eb('fromId', 'in', eb.selectFrom('competencies').select('id').where('frameworkId', '=', id)),
        eb('toId', 'in', eb.selectFrom('competencies').select('id').where('frameworkId', '=', id)),
      ]),
    )
    .execute()
  await db.updateTable('competencies').set({ parentId: null }).where('frameworkId', '=', id).execute()
  await db.deleteFrom('competencies').where('frameworkId', '=', id).execute()
  const result = await db.deleteFrom('frameworks').where('id', '=', id).executeTakeFirst()
  return result.numDeletedRows > 0n
}
