// SQL for framework import jobs.
import type { Db } from '../connect'
import { now } from '../stamps'
import type { ImportJobStatus } from '../tables/import-jobs'

const columns = ['id', 'status', 'fileName', 'done', 'total', 'result', 'error', 'createdBy', 'createdAt', 'updatedAt'] as const

export async function insertImportJob(db: Db, fileName: string, createdBy: number | null): Promise<number> {
  const stamp = now()
  const row = await db
    .insertInto('import_jobs')
    .values({ status: 'queued', fileName, createdBy, createdAt: stamp, updatedAt: stamp })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

export function findImportJob(db: Db, id: number) {
  return db.selectFrom('import_jobs').select(columns).where('id', '=', id).executeTakeFirst()
}

// Moves a job on: to running, or to its end with its counts and result or error (JSON).
export async function updateImportJob(
  db: Db,
  id: number,
  change: { status: ImportJobStatus; done?: number; total?: number; result?: string | null; error?: string | null },
): Promise<void> {
  await db.updateTable('import_jobs').set({ ...change, updatedAt: now() }).where('id', '=', id).execute()
}

// Marks every job still queued or running as failed with this error (JSON); returns how many.
export async function failUnfinishedImportJobs(db: Db, error: string, ids?: readonly number[]): Promise<number> {
  if (ids && ids.length === 0) return 0
  let query = db.updateTable('import_jobs').set({ status: 'failed', error, updatedAt: now() }).where('status', 'in', ['queued', 'running'])
  if (ids) query = query.where('id', 'in', ids)
  const result = await query.executeTakeFirst()
  return Number(result.numUpdatedRows)
}
