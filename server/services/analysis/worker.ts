// The worker thread that runs analyses, so a statewide pathway does not hold up other requests. Started by
// run.ts under tsx's loader; it answers each job with its findings in chunks, then the rest of its result (or
// its error).
import { parentPort } from 'node:worker_threads'
import { analysePathway, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { Finding } from '../../../shared/domain/analysis/types'
import type { FindingsQuery } from '../../../shared/schemas/analysis'
import { connect } from '../../db/connect'
import type { InputPart } from '../../db/queries/analysis'
import { AppError } from '../../errors'
import { reportOf } from './findings'
import { loadPathway } from './load'
import type { ReportSource } from './run'
import { unpackInput, type PackedInput } from './wire'
import { packFindings, type PackedFindings } from './wire-findings'

export type AnalysisJob =
  | { id: number; kind: 'analyse'; input: PackedInput; options: AnalysisOptions }
  // Load `part` of the pathway's input from the file, analyse it, report.
  | { id: number; kind: 'report'; source: ReportSource; part: InputPart; query: FindingsQuery; options: AnalysisOptions }
  // The caller has taken in the last chunk of findings of job `id` and wants the next.
  | { id: number; kind: 'next' }

// A chunk of findings; the last reply of a job is `done` with the rest of the result, or has an `error`.
export type WorkerReply = {
  id: number
  findings?: PackedFindings
  done?: true
  rest?: unknown
  error?: { message: string; code?: string; status?: AppError['status'] }
}

// Findings per message: each takes the receiving thread a few milliseconds to take in.
const CHUNK = 2000

// The pathway (or part of it) loaded from its file through a connection of this thread's own, and analysed.
async function report(source: ReportSource, part: InputPart, query: FindingsQuery, options: AnalysisOptions) {
  const db = connect({ dialect: 'sqlite', file: source.file })
  // One read transaction, so the half is read from one snapshot of the file.
  const loaded = await db
    .transaction()
    .execute((trx) => loadPathway(trx, source.slug, source.viewer, part))
    .finally(() => db.destroy())
  return reportOf(loaded, analysePathway(loaded.input, options), query)
}

async function run(job: Exclude<AnalysisJob, { kind: 'next' }>): Promise<{ findings: Finding[] }> {
  if (job.kind === 'analyse') return analysePathway(unpackInput(job.input), job.options)
  return report(job.source, job.part, job.query, job.options)
}

// How many chunks of each job's findings the caller has taken in, and the send waiting for it to take more.
const progress = new Map<number, { taken: number; wake?: () => void }>()

// Sends the findings a chunk at a time: messages already queued are all delivered in one turn of the caller's
// event loop, so sending them at once would stall it. At most two chunks are on their way, so that this
// thread prepares one while the caller takes in the other.
async function send(id: number, result: { findings: Finding[] }) {
  const { findings, ...rest } = result
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(reply, transfer)
  const state: { taken: number; wake?: () => void } = { taken: 0 }
  progress.set(id, state)
  for (let sent = 0; sent * CHUNK < findings.length; ) {
    const { packed, transfer } = packFindings(findings.slice(sent * CHUNK, (sent + 1) * CHUNK))
    post({ id, findings: packed }, transfer)
    sent++
    while (sent - state.taken >= 2) await new Promise<void>((resolve) => (state.wake = resolve))
  }
  progress.delete(id)
  post({ id, done: true, rest })
}

parentPort?.on('message', (job: AnalysisJob) => {
  if (job.kind === 'next') {
    const state = progress.get(job.id)
    if (state) {
      state.taken++
      state.wake?.()
    }
    return
  }
  run(job)
    .then((result) => send(job.id, result))
    .catch((error: unknown) => {
      const message = error instanceof Error ? error.message : String(error)
      const reply: WorkerReply = { id: job.id, error: error instanceof AppError ? { message, code: error.code, status: error.status } : { message } }
      parentPort!.postMessage(reply)
    })
})
