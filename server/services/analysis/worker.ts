// An analysis worker thread: a transport. It receives a job, runs it through the same pipeline the request
// thread would (pipeline.ts), and posts the result back in chunks, then the rest (or the job's error). Started
// by pool.ts under tsx's loader; nothing imports this file.
import { parentPort } from 'node:worker_threads'
import { AppError } from '../../errors'
import { collectGarbage } from './collect-garbage'
import type { AnalysisJob, WorkerReply } from './jobs'
import { runJob, type JobResult, type Packed } from './pipeline'

// Per job being sent: how many chunks the caller has taken in, whether it wants no more, and the send waiting.
type Progress = { taken: number; cancelled: boolean; wake?: () => void }
const progress = new Map<number, Progress>()

const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(reply, transfer)

// Sends the chunks one at a time: messages already queued are all delivered in one turn of the caller's event
// loop, so sending them at once would stall it. At most two chunks are on their way, so that this thread
// prepares one while the caller takes in the other; a chunk is produced only when it may be sent.
async function send(id: number, { chunks, rest }: JobResult) {
  const state: Progress = { taken: 0, cancelled: false }
  progress.set(id, state)
  let sent = 0
  const iterator: Iterator<Packed> = chunks[Symbol.iterator]()
  try {
    for (let next = iterator.next(); !next.done && !state.cancelled; ) {
      post({ id, chunk: next.value.packed }, next.value.transfer)
      sent++
      while (sent - state.taken >= 2 && !state.cancelled) await new Promise<void>((resolve) => (state.wake = resolve))
      if (!state.cancelled) next = iterator.next()
    }
  } finally {
    iterator.return?.()
    progress.delete(id)
  }
  post({ id, done: true, rest: state.cancelled ? null : rest })
}

function failed(id: number, error: unknown) {
  const message = error instanceof Error ? error.message : String(error)
  post({ id, error: error instanceof AppError ? { message, code: error.code, status: error.status, details: error.details } : { message } })
}

parentPort?.on('message', (job: AnalysisJob) => {
  if (job.kind === 'next' || job.kind === 'cancel') {
    const state = progress.get(job.id)
    if (!state) return
    if (job.kind === 'next') state.taken++
    else state.cancelled = true
    state.wake?.()
    return
  }
  runJob(job)
    .then((result) => send(job.id, result))
    .catch((error: unknown) => failed(job.id, error))
    // The job's input, index and findings are garbage now: collected at once, the next job starts from the
    // thread's bare heap instead of on top of this one's (two statewide analyses in a row would hold both).
    .finally(collectGarbage)
})
