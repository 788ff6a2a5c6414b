// Import jobs: a large file's commit is queued as a job (answered 202 at once) and written off the request by
// the ImportRunner; its creator (or an admin) follows it through GET /api/import-jobs/:id.
import type { ImportJob, ImportOptions } from '../../../shared/schemas/import'
import type { Db } from '../../db/connect'
import { failUnfinishedImportJobs, findImportJob, insertImportJob } from '../../db/queries/import-jobs'
import { Conflict, NotFound } from '../../errors'
import type { SessionUser } from '../auth/sessions'
import { fileHash, type Upload } from './index'
import { INTERRUPTED, type ImportRunner } from './job-runner'

type JobRow = NonNullable<Awaited<ReturnType<typeof findImportJob>>>

function jobOf(row: JobRow, runner: ImportRunner): ImportJob {
  const live = row.status === 'running' ? runner.progressOf(row.id) : undefined
  return {
    id: row.id,
    status: row.status,
    fileName: row.fileName,
    done: live?.done ?? row.done,
    total: live?.total ?? row.total,
    result: row.result === null ? null : (JSON.parse(row.result) as ImportJob['result']),
    error: row.error === null ? null : (JSON.parse(row.error) as ImportJob['error']),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  }
}

// Queues the import of a file and answers its job. A file that is not the one previewed is refused at once
// (409), as a commit answered on the spot would be; every other problem ends the job as failed.
export async function startImportJob(db: Db, runner: ImportRunner, actor: SessionUser, upload: Upload, options: ImportOptions): Promise<ImportJob> {
  if (options.expectedHash && options.expectedHash !== fileHash(upload.bytes)) {
    throw new Conflict('file_changed', 'This is not the file that was previewed; preview it again before importing')
  }
  const id = await insertImportJob(db, upload.fileName, actor.id)
  runner.submit(id, { id: actor.id, role: actor.role, organisationId: actor.organisationId }, upload, options)
  return jobOf((await findImportJob(db, id))!, runner)
}

// A job, to the person who started it and to admins; to anyone else it does not exist.
export async function getImportJob(db: Db, runner: ImportRunner, viewer: SessionUser, id: number): Promise<ImportJob> {
  const row = await findImportJob(db, id)
  if (!row || (row.createdBy !== viewer.id && viewer.role !== 'admin')) throw new NotFound('Import job', id)
  return jobOf(row, runner)
}

// At start-up: jobs left queued or running by a server that stopped are failed (their transaction never
// committed, so nothing of them was written). Returns how many.
export function failInterruptedImports(db: Db): Promise<number> {
  return failUnfinishedImportJobs(db, JSON.stringify(INTERRUPTED))
}
