// Progress of a large import the server writes as a job: a bar and "12,000 of 100,000 rows written" that follow
// every poll, and a polite announcement for screen readers at most every few seconds (and on each change of
// stage), so they hear how it goes without a stream of numbers.
import { createEffect, createSignal, on } from 'solid-js'
import type { ImportJob } from '../../../shared/schemas/import'
import { jobProgressText as describe } from './follow-import-job'

const ANNOUNCE_EVERY_MS = 5000
export function ImportJobProgress(props: { job: ImportJob }) {
  const [announced, setAnnounced] = createSignal('')
  let lastAt = 0
  let lastStage = ''
  createEffect(
    on(
      () => props.job,
      (job) => {
        const stage = `${job.status}:${job.total > 0}`
        if (stage === lastStage && Date.now() - lastAt < ANNOUNCE_EVERY_MS) return
        lastStage = stage
        lastAt = Date.now()
        setAnnounced(`Saving ${job.fileName}: ${describe(job)}`)
      },
    ),
  )
  return (
    <div class="import-progress">
      <p id="import-job-label">Saving {props.job.fileName}</p>
      {/* Without a row count yet (queued, or the file still being read) the bar has no value: indeterminate. */}
      <div
        role="progressbar"
        aria-labelledby="import-job-label"
        aria-valuemin={0}
        aria-valuemax={props.job.total || undefined}
        aria-valuenow={props.job.total > 0 ? props.job.done : undefined}
        aria-valuetext={describe(props.job)}
        class="progress-track"
      >
        <div class="progress-fill" style={{ width: `${props.job.total > 0 ? (100 * props.job.done) / props.job.total : 0}%` }} />
      </div>
      <p class="status">{describe(props.job)}</p>
      <p class="visually-hidden" role="status" aria-live="polite">
        {announced()}
      </p>
    </div>
  )
}
