// Runs import jobs one after another: on a worker thread with a database connection of its own when the
// database can be opened again (an SQLite file, PostgreSQL), else here (SQLite in memory: tests), still off the
// request. Progress lives here, with the process running the job; the job's row records its status and end.
import { Worker } from 'node:worker_threads'
import type { ImportOptions, ImportSummary } from '../../../shared/schemas/import'
import type { ConnectOptions, Db } from '../../db/connect'
import { failUnfinishedImportJobs, updateImportJob } from '../../db/queries/import-jobs'
import { AppError } from '../../errors'
import type { Viewer } from '../access'
import type { Upload } from './index'
import { runImport } from './job-work'
import type { ImportWorkerJob, ImportWorkerReply } from './job-worker'

type JobError = { code: string; status: number; message: string; details?: unknown }
type Outcome = { result: ImportSummary } | { error: JobError }

const WORKER = new URL('./job-worker.ts', import.meta.url).href
// As for the analysis workers (analysis/run.ts): a bootstrap registers tsx's loader, then imports the worker.
const TSX_API = import.meta.resolve('tsx/esm/api')
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}) })`

// What a job interrupted by a stop or a restart records.
export const INTERRUPTED: JobError = {
  code: 'interrupted',
  status: 503,
  message: 'The server stopped before this import finished; nothing of it was written. Import the file again.',
}

const errorOf = (error: unknown): JobError => {
  if (error instanceof AppError) return { code: error.code, status: error.status, message: error.message, details: error.details }
  console.error('Import job failed', error)
  return { code: 'internal', status: 500, message: 'The import failed on the server; nothing of it was written' }
}

export class ImportRunner {
  private readonly progress = new Map<number, { done: number; total: number }>()
  private readonly unfinished = new Set<number>()
  private tail: Promise<void> = Promise.resolve()
  private worker: Worker | undefined
  private waiting = new Map<number, (outcome: Outcome) => void>()
  private stopped = false

  // `connection` opens the database again on the worker; null runs jobs on this thread.
  constructor(
    private readonly db: Db,
    private readonly connection: ConnectOptions | null,
  ) {}

  // Where a running job stands, if this process runs it.
  progressOf(jobId: number): { done: number; total: number } | undefined {
    return this.progress.get(jobId)
  }

  // Queues a job (its row already written as queued); it runs after the jobs before it.
  submit(jobId: number, actor: Viewer, upload: Upload, options: ImportOptions): void {
    this.unfinished.add(jobId)
    this.tail = this.tail.then(() => this.run(jobId, actor, upload, options))
  }

  // Stops the worker (its transaction is rolled back with its connection) and marks unfinished jobs failed.
  async stop(): Promise<void> {
    this.stopped = true
    const worker = this.worker
    this.worker = undefined
    for (const [, settle] of this.waiting) settle({ error: INTERRUPTED })
    this.waiting.clear()
    if (worker) await worker.terminate()
    // The job under way records its end (a job running here, with SQLite in memory, cannot be cut off: it
    // ends first); queued ones do not start.
    await this.tail
    await failUnfinishedImportJobs(this.db, JSON.stringify(INTERRUPTED), [...this.unfinished])
  }

  private async run(jobId: number, actor: Viewer, upload: Upload, options: ImportOptions): Promise<void> {
    if (this.stopped) return
    try {
      await updateImportJob(this.db, jobId, { status: 'running' })
      const onProgress = (done: number, total: number) => this.progress.set(jobId, { done, total })
      const outcome: Outcome = this.stopped
        ? { error: INTERRUPTED }
        : this.connection
        ? await this.onWorker({ jobId, connection: this.connection, actor, bytes: bufferOf(upload.bytes), fileName: upload.fileName, options }, onProgress)
        : await runImport(this.db, false, actor, upload, options, onProgress).then((result) => ({ result }), (error: unknown) => ({ error: errorOf(error) }))
      if ('result' in outcome) {
        const rows = outcome.result.counts.create + outcome.result.counts.update + outcome.result.counts.links
        await updateImportJob(this.db, jobId, { status: 'done', done: rows, total: rows, result: JSON.stringify(outcome.result) })
      } else {
        const { done = 0, total = 0 } = this.progress.get(jobId) ?? {}
        await updateImportJob(this.db, jobId, { status: 'failed', done, total, error: JSON.stringify(outcome.error) })
      }
      this.unfinished.delete(jobId)
    } catch (error) {
      // The job's row could not be written (the database is going away); it is marked failed at the next start.
      console.error(`Import job ${jobId} could not be recorded`, error)
    } finally {
      this.progress.delete(jobId)
    }
  }

  private onWorker(job: ImportWorkerJob, onProgress: (done: number, total: number) => void): Promise<Outcome> {
    const worker = this.startedWorker()
    return new Promise<Outcome>((resolve) => {
      this.waiting.set(job.jobId, resolve)
      const onMessage = (reply: ImportWorkerReply) => {
        if (reply.jobId !== job.jobId) return
        if ('progress' in reply) return onProgress(reply.progress.done, reply.progress.total)
        worker.off('message', onMessage)
        this.waiting.delete(job.jobId)
        resolve('result' in reply ? { result: reply.result } : { error: reply.error })
      }
      worker.on('message', onMessage)
      worker.postMessage(job, [job.bytes])
    })
  }

  private startedWorker(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(BOOTSTRAP, { eval: true })
    // An idle worker must not keep a command-line run (or a test process) alive.
    worker.unref()
    const lost = (error?: unknown) => {
      if (this.worker === worker) this.worker = undefined
      if (error) console.error('The import worker stopped', error)
      for (const [, settle] of this.waiting) settle({ error: errorOf(error) })
      this.waiting.clear()
    }
    worker.once('error', lost)
    worker.once('exit', () => lost())
    this.worker = worker
    return worker
  }
}

// The file's bytes in an ArrayBuffer of their own, which moves to the worker without a copy there.
const bufferOf = (bytes: Buffer): ArrayBuffer => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer
