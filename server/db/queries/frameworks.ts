// SQL for frameworks.
import type { FrameworkInput, FrameworkPatch } from '../../../shared/schemas/framework'
import type { FrameworkKind } from '../../../shared/domain/vocabulary'
import type { Page } from '../../../shared/schemas/common'
import type { Db } from '../connect'
import { newUuid, now } from '../stamps'
import { paginate } from './paginate'

const columns = ['id', 'uuid', 'title', 'publisher', 'version', 'kind', 'status', 'revision', 'source', 'license', 'description', 'organisationId', 'createdAt', 'updatedAt'] as const

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

// Updates the given fields and counts the revision on; returns false when no such framework exists or, given
// `revision`, when the framework is no longer at that revision.
export async function updateFramework(db: Db, id: number, { revision, ...patch }: FrameworkPatch): Promise<boolean> {
  let query = db
    .updateTable('frameworks')
    .set((eb) => ({ ...patch, revision: eb('revision', '+', 1), updatedAt: now() }))
    .where('id', '=', id)
  if (revision !== undefined) query = query.where('revision', '=', revision)
  const result = await query.executeTakeFirst()
  return result.numUpdatedRows > 0n
}

// What outside a framework points at it: the pathways held against it, the alignments of modules to its items
// (with each module's visibility, for the caller to filter), and the links between its items and other frameworks'.
export async function frameworkReferences(db: Db, id: number) {
  const inside = db.selectFrom('competencies').select('id').where('frameworkId', '=', id)
  const [pathways, alignments, links] = await Promise.all([
    db
      .selectFrom('pathway_frameworks')
      .innerJoin('pathways', 'pathways.id', 'pathway_frameworks.pathwayId')
      .where('pathway_frameworks.frameworkId', '=', id)
      .select(['pathways.title'])
      .orderBy('pathways.title')
      .execute(),
    db
      .selectFrom('alignments')
      .innerJoin('competencies', 'competencies.id', 'alignments.competencyId')
      .innerJoin('modules', 'modules.id', 'alignments.moduleId')
      .where('competencies.frameworkId', '=', id)
      .select(['modules.id', 'modules.code', 'modules.title', 'modules.organisationId', 'modules.approvedVersion', 'competencies.code as competencyCode'])
      .distinct()
      .orderBy('modules.code')
      .orderBy('competencies.code')
      .execute(),
    db
      .selectFrom('competency_links as l')
      .innerJoin('competencies as a', 'a.id', 'l.fromId')
      .innerJoin('competencies as b', 'b.id', 'l.toId')
      .innerJoin('frameworks as fa', 'fa.id', 'a.frameworkId')
      .innerJoin('frameworks as fb', 'fb.id', 'b.frameworkId')
      .where((eb) => eb.or([eb.and([eb('l.fromId', 'in', inside), eb('l.toId', 'not in', inside)]), eb.and([eb('l.toId', 'in', inside), eb('l.fromId', 'not in', inside)])]))
      .select(['l.relation', 'a.code as fromCode', 'fa.title as fromFramework', 'a.frameworkId as fromFrameworkId', 'b.code as toCode', 'fb.title as toFramework'])
      .orderBy('a.code')
      .orderBy('b.code')
      .execute(),
  ])
  return { pathways, alignments, links }
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
