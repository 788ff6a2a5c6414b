// Runs the analysis (and the crosswalk matrix) off the main thread when it is big, on a small pool of worker
// threads, so that analysing a statewide catalogue does not hold up the requests of everyone else. Two kinds
// of job for each:
// - `analyse` (`build-matrix`): an input already loaded here is packed (wire.ts, wire-matrix.ts), analysed
//   (built) on a worker, and the result sent back;
// - `report` (`matrix`): the worker opens the SQLite file itself, loads the pathway and analyses it (builds
//   its matrix), so neither the half a million rows read nor the rules ever touch the main thread, and no
//   input crosses between threads.
// With two workers, a big analysis is split in two halves that run side by side (HALVES). Either way the
// findings (matrix rows) come back in chunks, each its own message, so that taking them in never stalls the
// event loop for long.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { alignmentCount } from '../../../shared/domain/analysis/alignments'
import { analysePathway, combineResults, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { nearDuplicateInput } from '../../../shared/domain/analysis/rules/near-duplicates'
import { FINDING_KINDS, type AnalysisInput, type AnalysisResult, type AnyAlignments, type Finding, type FindingKind } from '../../../shared/domain/analysis/types'
import type { InputPart } from '../../db/queries/analysis'
import { AppError } from '../../errors'
import type { DecisionState } from '../../../shared/domain/analysis/decisions'
import type { FindingsQuery, MatrixQuery } from '../../../shared/schemas/analysis'
import type { Viewer } from '../access'
import type { FindingsReport } from './findings'
import type { Matrix, MatrixRow, MatrixSource } from './matrix'
import { packInput } from './wire'
import { unpackFindings, type PackedFindings } from './wire-findings'
import { packMatrixSource, unpackRows, type PackedMatrixRows } from './wire-matrix'
import type { AnalysisJob, WorkerReply } from './worker'

// Below this many rows (competencies, modules, outcomes and alignments together) a pathway is analysed on the
// calling thread: that takes tens of milliseconds at most, about what handing it to a worker costs. A college's
// pathway (the demo has a few hundred rows) stays inline; a regional or statewide catalogue goes to a worker.
export const INLINE_BELOW_ROWS = 10_000

// `inlineBelowRows: 0` always uses a worker (tests do), `Infinity` never does.
export type RunOptions = AnalysisOptions & { inlineBelowRows?: number }

// What a worker needs to load a pathway itself: the database file, and the pathway as the viewer sees it.
export type ReportSource = { file: string; slug: string; pathwayId: number; viewer: Viewer }

// Two workers where there are two cores, so that one big analysis can keep both busy (analyses are rare;
// the main thread only waits meanwhile).
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism()))
// The two halves of a big analysis: the near-duplicate pass (MinHash over every outcome text) takes about as
// long as all the other rules together, and reads only modules, outcomes and what joins modules; every other
// rule reads everything but the outcomes. Each half loads (or is sent) only its part of the input.
type Half = { part: InputPart; kinds: readonly FindingKind[] }
const NEAR_DUPLICATES: Half = { part: 'outcomes', kinds: ['near_duplicate_outcomes'] }
const THE_REST: Half = { part: 'all-but-outcomes', kinds: FINDING_KINDS.filter((kind) => !NEAR_DUPLICATES.kinds.includes(kind)) }
const HALVES: readonly Half[] = [THE_REST, NEAR_DUPLICATES]
const WORKER = new URL('./worker.ts', import.meta.url).href
// The worker is TypeScript like the rest of the server. Node 20 does not apply loaders given in a worker's
// execArgv to its entry point, so a one-line bootstrap registers tsx's loader, then imports the worker.
// tsx is resolved from here, so it is found whatever the working directory (npm start, the CLI, vitest).
const TSX_API = import.meta.resolve('tsx/esm/api')
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}) })`

const idle: Worker[] = []
const waiting: ((worker: Worker) => void)[] = []
let started = 0
let lastJobId = 0

function startWorker(): Worker {
  started++
  const worker = new Worker(BOOTSTRAP, { eval: true })
  // An idle worker must not keep a command-line run (or a test process) alive.
  worker.unref()
  worker.once('exit', () => {
    started--
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
    const next = waiting.shift()
    if (next) next(startWorker())
  })
  return worker
}

function acquire(): Promise<Worker> {
  const worker = idle.pop()
  if (worker) return Promise.resolve(worker)
  if (started < POOL_SIZE) return Promise.resolve(startWorker())
  return new Promise((resolve) => waiting.push(resolve))
}

function release(worker: Worker): void {
  const next = waiting.shift()
  if (next) next(worker)
  else idle.push(worker)
}

type Outcome<I, T> = { items: I[]; rest: T } | { error: NonNullable<WorkerReply['error']> }
type Unpack<I> = (chunk: NonNullable<WorkerReply['chunk']>) => I[]

const FINDINGS: Unpack<Finding> = (chunk) => unpackFindings(chunk as PackedFindings)
const ROWS: Unpack<MatrixRow> = (chunk) => unpackRows(chunk as PackedMatrixRows)

// Resolves with the items (gathered from their chunks) and the rest of the result, or the job's error;
// rejects only when the worker itself fails or stops.
function runOn<I, T>(worker: Worker, job: AnalysisJob, transfer: ArrayBuffer[], unpack: Unpack<I>): Promise<Outcome<I, T>> {
  const items: I[] = []
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      worker.unref()
    }
    const onMessage = (reply: WorkerReply) => {
      if (reply.id !== job.id) return
      if (reply.chunk) {
        for (const item of unpack(reply.chunk)) items.push(item)
        worker.postMessage({ id: job.id, kind: 'next' } satisfies AnalysisJob)
      }
      if (reply.error) {
        settle()
        resolve({ error: reply.error })
      } else if (reply.done) {
        settle()
        resolve({ items, rest: reply.rest as T })
      }
    }
    const onError = (error: Error) => {
      settle()
      reject(error)
    }
    const onExit = (code: number) => {
      settle()
      reject(new Error(`The analysis worker stopped with exit code ${code}`))
    }
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    worker.ref()
    worker.postMessage(job, transfer)
  })
}

async function onWorker<I, T>(job: AnalysisJob, unpack: Unpack<I>, transfer: ArrayBuffer[] = []): Promise<{ items: I[]; rest: T }> {
  const worker = await acquire()
  let outcome: Outcome<I, T>
  try {
    outcome = await runOn<I, T>(worker, job, transfer, unpack)
  } catch (error) {
    // A worker that failed may be in any state: stop it (its exit listener starts another for a waiting job).
    void worker.terminate()
    throw error
  }
  release(worker)
  if ('error' in outcome) {
    const { message, code, status } = outcome.error
    // A service's own error (a pathway removed meanwhile: 404) keeps its meaning across the thread.
    if (code !== undefined && status !== undefined) throw new AppError(code, status, message)
    throw new Error(`The analysis failed: ${message}`)
  }
  return outcome
}

function analyseOnWorker(input: AnalysisInput<AnyAlignments>, options: AnalysisOptions): Promise<AnalysisResult> {
  const { packed, transfer } = packInput(input)
  return onWorker<Finding, Omit<AnalysisResult, 'findings'>>({ id: ++lastJobId, kind: 'analyse', input: packed, options }, FINDINGS, transfer).then(
    ({ items, rest }) => ({ findings: items, ...rest }),
  )
}

// Analyses a pathway's input: inline when it is small, otherwise on a worker thread (in two halves on two).
export async function runAnalysis(input: AnalysisInput<AnyAlignments>, options: RunOptions = {}): Promise<AnalysisResult> {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const rows = input.competencies.length + input.modules.length + input.outcomes.length + alignmentCount(input.alignments)
  if (rows < inlineBelowRows) return analysePathway(input, analysis)
  if (analysis.kinds || POOL_SIZE < 2) return analyseOnWorker(input, analysis)
  return combineResults(
    await Promise.all([
      analyseOnWorker({ ...input, outcomes: [] }, { ...analysis, kinds: THE_REST.kinds }),
      analyseOnWorker(nearDuplicateInput(input), { ...analysis, kinds: NEAR_DUPLICATES.kinds }),
    ]),
  )
}

// The findings report of a pathway in an SQLite file, loaded and analysed on worker threads: its halves side
// by side on two workers, each reporting on its own kinds (findings.ts puts the reports together).
export async function reportsOnWorkers(
  source: ReportSource,
  query: FindingsQuery,
  decisions: DecisionState[],
  options: AnalysisOptions = {},
): Promise<FindingsReport[]> {
  const jobs = POOL_SIZE < 2 || options.kinds ? [{ part: 'all' as const, options }] : HALVES.map(({ part, kinds }) => ({ part, options: { ...options, kinds } }))
  return Promise.all(
    jobs.map(async ({ part, options }) => {
      const job: AnalysisJob = { id: ++lastJobId, kind: 'report', source, part, query, decisions, options }
      const { items: findings, rest } = await onWorker<Finding, Omit<FindingsReport, 'findings'>>(job, FINDINGS)
      return { pathway: rest.pathway, findings, counts: rest.counts, totals: rest.totals, byStatus: rest.byStatus, generatedAt: rest.generatedAt }
    }),
  )
}

// The matrix with its rows (received in chunks) back in their place among the other properties.
function matrixOf({ items, rest }: { items: MatrixRow[]; rest: Omit<Matrix, 'rows'> }): Matrix {
  return { pathway: rest.pathway, frameworks: rest.frameworks, modules: rest.modules, rows: items, levels: rest.levels, generatedAt: rest.generatedAt }
}

// The crosswalk matrix of a pathway in an SQLite file, loaded (all but its outcomes) and built on a worker.
export async function matrixOnWorker(source: ReportSource, query: MatrixQuery): Promise<Matrix> {
  return matrixOf(await onWorker<MatrixRow, Omit<Matrix, 'rows'>>({ id: ++lastJobId, kind: 'matrix', source, query }, ROWS))
}

// The crosswalk matrix of a pathway loaded here, built on a worker.
export async function matrixFromSourceOnWorker(loaded: MatrixSource, query: MatrixQuery): Promise<Matrix> {
  const { packed, transfer } = packMatrixSource(loaded)
  return matrixOf(await onWorker<MatrixRow, Omit<Matrix, 'rows'>>({ id: ++lastJobId, kind: 'build-matrix', input: packed, query }, ROWS, transfer))
}
