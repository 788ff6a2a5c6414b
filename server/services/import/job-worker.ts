// The worker thread that commits large framework imports (services/import/job-runner.ts), so parsing and
// writing 100,000 rows does not hold up other requests. Each job opens the database through a connection of
// its own (its own better-sqlite3 handle, or its own PostgreSQL pool) and closes it when done.
import { parentPort } from 'node:worker_threads'
import type { ImportOptions, ImportSummary } from '../../../shared/schemas/import'
import { connect, type ConnectOptions } from '../../db/connect'
import { AppError } from '../../errors'
import type { Viewer } from '../access'
import { runImport } from './job-work'

export type ImportWorkerJob = { jobId: number; connection: ConnectOptions; actor: Viewer; bytes: ArrayBuffer; fileName: string; options: ImportOptions }

export type ImportWorkerReply =
  | { jobId: number; progress: { done: number; total: number } }
  | { jobId: number; result: ImportSummary }
  | { jobId: number; error: { code: string; status: number; message: string; details?: unknown } }

// Progress is sent at most this often: each message costs the receiving thread a little.
const PROGRESS_EVERY_MS = 200

parentPort?.on('message', (job: ImportWorkerJob) => {
  const post = (reply: ImportWorkerReply) => parentPort!.postMessage(reply)
  const db = connect(job.connection)
  let last = 0
  const onProgress = (done: number, total: number) => {
    if (Date.now() - last < PROGRESS_EVERY_MS && done < total) return
    last = Date.now()
    post({ jobId: job.jobId, progress: { done, total } })
  }
  runImport(db, true, job.actor, { bytes: Buffer.from(job.bytes), fileName: job.fileName }, job.options, onProgress)
    .then((result) => post({ jobId: job.jobId, result }))
    .catch((error: unknown) => {
      const known = error instanceof AppError
      post({
        jobId: job.jobId,
        error: known
          ? { code: error.code, status: error.status, message: error.message, details: error.details }
          : { code: 'internal', status: 500, message: 'The import failed on the server; nothing of it was written' },
      })
      if (!known) console.error('Import job failed', error)
    })
    .finally(() => db.destroy())
})
