// The worker thread that runs analyses and builds crosswalk matrices, so a statewide pathway does not hold up
// other requests. Started by run.ts under tsx's loader; it answers each job with its findings (or matrix
// rows) in chunks, then the rest of its result (or its error).
import { parentPort } from 'node:worker_threads'
import { analysePathway, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { DecisionState } from '../../../shared/domain/analysis/decisions'
import type { FindingsQuery, MatrixQuery } from '../../../shared/schemas/analysis'
import { connect } from '../../db/connect'
import type { InputPart } from '../../db/queries/analysis'
import { AppError } from '../../errors'
import { reportOf } from './findings'
import { loadPathway } from './load'
import { buildMatrix } from './matrix'
import type { ReportSource } from './run'
import { unpackInput, type PackedInput } from './wire'
import { packFindings, type PackedFindings } from './wire-findings'
import { packRows, unpackMatrixSource, type PackedMatrixRows, type PackedMatrixSource } from './wire-matrix'

export type AnalysisJob =
  | { id: number; kind: 'analyse'; input: PackedInput; options: AnalysisOptions }
  // Load `part` of the pathway's input from the file, analyse it, report.
  // The current decisions on the pathway's findings decide their status (and what the counts leave out).
  | { id: number; kind: 'report'; source: ReportSource; part: InputPart; query: FindingsQuery; decisions: DecisionState[]; options: AnalysisOptions }
  // Build the crosswalk matrix of what the caller loaded.
  | { id: number; kind: 'build-matrix'; input: PackedMatrixSource; query: MatrixQuery }
  // Load the pathway from the file (everything but the outcomes) and build its crosswalk matrix.
  | { id: number; kind: 'matrix'; source: ReportSource; query: MatrixQuery }
  // The caller has taken in the last chunk of job `id` and wants the next.
  | { id: number; kind: 'next' }

// A chunk of findings (of an analysis or report) or of matrix rows (of a matrix); the last reply of a job is
// `done` with the rest of the result, or has an `error`.
export type WorkerReply = {
  id: number
  chunk?: PackedFindings | PackedMatrixRows
  done?: true
  rest?: unknown
  error?: { message: string; code?: string; status?: AppError['status'] }
}

// Findings, or matrix rows (each with its cells, so heavier), per message: each chunk takes the receiving
// thread a few milliseconds to take in.
const FINDINGS_PER_CHUNK = 2000
const ROWS_PER_CHUNK = 1000

// The pathway (or part of it) loaded from its file through a connection of this thread's own.
async function load(source: ReportSource, part: InputPart) {
  const db = connect({ dialect: 'sqlite', file: source.file })
  // One read transaction, so the part is read from one snapshot of the file.
  return db
    .transaction()
    .execute((trx) => loadPathway(trx, source.slug, source.viewer, part))
    .finally(() => db.destroy())
}

type Packed = { packed: NonNullable<WorkerReply['chunk']>; transfer: ArrayBuffer[] }

// A job's result: the items sent in chunks of `size`, how to pack a chunk of them, and the rest, sent last.
type Result = { items: readonly unknown[]; size: number; pack: (items: readonly unknown[]) => Packed; rest: unknown }

const chunked = <I>(items: readonly I[], size: number, pack: (items: readonly I[]) => Packed, rest: unknown): Result => ({
  items,
  size,
  pack: pack as Result['pack'],
  rest,
})

async function run(job: Exclude<AnalysisJob, { kind: 'next' }>): Promise<Result> {
  switch (job.kind) {
    case 'analyse': {
      const { findings, ...rest } = analysePathway(unpackInput(job.input), job.options)
      return chunked(findings, FINDINGS_PER_CHUNK, packFindings, rest)
    }
    case 'report': {
      const loaded = await load(job.source, job.part)
      const { findings, ...rest } = reportOf(loaded, analysePathway(loaded.input, job.options), job.query, job.decisions)
      return chunked(findings, FINDINGS_PER_CHUNK, packFindings, rest)
    }
    case 'build-matrix': {
      const { rows, ...rest } = buildMatrix(unpackMatrixSource(job.input), job.query)
      return chunked(rows, ROWS_PER_CHUNK, packRows, rest)
    }
    case 'matrix': {
      const { rows, ...rest } = buildMatrix(await load(job.source, 'all-but-outcomes'), job.query)
      return chunked(rows, ROWS_PER_CHUNK, packRows, rest)
    }
  }
}

// How many chunks of each job's items the caller has taken in, and the send waiting for it to take more.
const progress = new Map<number, { taken: number; wake?: () => void }>()

// Sends the items a chunk at a time: messages already queued are all delivered in one turn of the caller's
// event loop, so sending them at once would stall it. At most two chunks are on their way, so that this
// thread prepares one while the caller takes in the other.
async function send(id: number, { items, size, pack, rest }: Result) {
  const post = (reply: WorkerReply, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(reply, transfer)
  const state: { taken: number; wake?: () => void } = { taken: 0 }
  progress.set(id, state)
  for (let sent = 0; sent * size < items.length; ) {
    const { packed, transfer } = pack(items.slice(sent * size, (sent + 1) * size))
    post({ id, chunk: packed }, transfer)
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
