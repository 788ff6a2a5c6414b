// SQL for module revisions.
import type { Db } from '../connect'
import type { ModuleRevisionsTable } from '../tables/accounts'

// Stores one revision.
export async function insertRevision(db: Db, revision: ModuleRevisionsTable): Promise<void> {
  await db.insertInto('module_revisions').values(revision).execute()
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
