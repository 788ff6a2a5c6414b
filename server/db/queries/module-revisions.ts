// SQL for module revisions.
import type { Insertable } from 'kysely'
import type { Db } from '../connect'
import type { ModuleRevisionsTable } from '../tables/accounts'

// Stores one revision.
export async function insertRevision(db: Db, revision: Insertable<ModuleRevisionsTable>): Promise<void> {
  await db.insertInto('module_revisions').values(revision).execute()
}

// Who saved a revision and when, whether it was a restore, and whether it was ever submitted for review.
export function revisionFacts(db: Db, moduleId: number, version: number) {
  return db
    .selectFrom('module_revisions as r')
    .select(['r.userId', 'r.createdAt', 'r.restoredFrom', 'r.autosaved'])
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('review_requests as q')
            .select('q.id')
            .where('q.entity', '=', 'module')
            .whereRef('q.entityId', '=', 'r.moduleId')
            .whereRef('q.revision', '=', 'r.version'),
        )
        .as('submitted'),
    )
    .where('r.moduleId', '=', moduleId)
    .where('r.version', '=', version)
    .executeTakeFirst()
}

// Removes a revision folded into the one saved after it.
export async function deleteRevision(db: Db, moduleId: number, version: number): Promise<void> {
  await db.deleteFrom('module_revisions').where('moduleId', '=', moduleId).where('version', '=', version).execute()
}

// A module's revisions, newest first, with who saved each.
export function listRevisions(db: Db, moduleId: number) {
  return db
    .selectFrom('module_revisions as r')
    .leftJoin('users', 'users.id', 'r.userId')
    .select(['r.version', 'r.createdAt', 'r.restoredFrom', 'r.userId', 'users.name as userName'])
    .where('r.moduleId', '=', moduleId)
    .orderBy('r.version', 'desc')
    .execute()
}

// One revision with its snapshot, or undefined.
export function findRevision(db: Db, moduleId: number, version: number) {
  return db
    .selectFrom('module_revisions as r')
    .leftJoin('users', 'users.id', 'r.userId')
    .select(['r.version', 'r.createdAt', 'r.restoredFrom', 'r.userId', 'users.name as userName', 'r.snapshot'])
    .where('r.moduleId', '=', moduleId)
    .where('r.version', '=', version)
    .executeTakeFirst()
}
