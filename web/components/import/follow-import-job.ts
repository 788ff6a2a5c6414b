// Follows a framework import committed as a job (a large file) until it ends: polls GET /api/import-jobs/:id,
// reporting each state, and settles as a commit answered on the spot would: with the summary of what was
// written, or with the ApiError (problems included) it would have answered. Leaving the page aborts it.
import type { ImportJob, ImportSummary } from '../../../shared/schemas/import'
import { ApiError, importJob } from '../../api'

// Often enough for the bar to move smoothly, rarely enough to cost the server little.
const POLL_MS = 750

const pause = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const timer = setTimeout(() => (signal.removeEventListener('abort', stop), resolve()), ms)
    const stop = () => (clearTimeout(timer), reject(signal.reason))
    signal.addEventListener('abort', stop, { once: true })
  })

export async function followImportJob(started: ImportJob, onState: (job: ImportJob) => void, signal: AbortSignal): Promise<ImportSummary> {
  let job = started
  onState(job)
  while (job.status === 'queued' || job.status === 'running') {
    await pause(POLL_MS, signal)
    job = await importJob(job.id)
    if (signal.aborted) throw signal.reason
    onState(job)
  }
  if (job.status === 'done' && job.result) return job.result
  const error = job.error ?? { status: 500, code: 'internal', message: 'The import stopped without saying why' }
  throw new ApiError(error.status, error.code, error.message, error.details)
}

const count = (n: number) => n.toLocaleString('en-US')

// Where a job stands, in words: "12,000 of 100,000 rows written" once the server knows the row count.
export const jobProgressText = (job: ImportJob): string =>
  job.status === 'queued'
    ? 'waiting for the server to start it…'
    : job.total === 0
      ? 'reading the file…'
      : `${count(job.status === 'running' ? job.done : job.total)} of ${count(job.total)} rows written`
