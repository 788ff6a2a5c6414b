// Runs the pure analysis: inline for a small pathway, on a small pool of worker threads for a big one, so
// that analysing a statewide catalogue does not hold up the requests of everyone else.
import { availableParallelism } from 'node:os'
import { Worker } from 'node:worker_threads'
import { analysePathway, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { AnalysisInput, AnalysisResult } from '../../../shared/domain/analysis/types'
import { packInput } from './wire'
import type { AnalysisJob } from './worker'

// Below this many rows (competencies, modules, outcomes and alignments together) a pathway is analysed on the
// calling thread: that takes tens of milliseconds at most, about what handing it to a worker costs. A college's
// pathway (the demo has a few hundred rows) stays inline; a regional or statewide catalogue goes to a worker.
const INLINE_BELOW_ROWS = 10_000

// `inlineBelowRows: 0` always uses a worker (tests do), `Infinity` never does.
export type RunOptions = AnalysisOptions & { inlineBelowRows?: number }

// One worker per spare core, at most 2: analyses are rare and each one is single-threaded.
const POOL_SIZE = Math.max(1, Math.min(2, availableParallelism() - 1))
const WORKER = new URL('./worker.ts', import.meta.url).href
// The worker is TypeScript like the rest of the server. Node 20 does not apply loaders given in a worker's
// execArgv to its entry point, so a one-line bootstrap registers tsx's loader, then imports the worker.
// tsx is resolved from here, so it is found whatever the working directory (npm start, the CLI, vitest).
const TSX_API = import.meta.resolve('tsx/esm/api')
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}) })`

type Reply = { id: number; result: AnalysisResult; error?: undefined } | { id: number; error: string }

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

// Resolves with the worker's reply; rejects only when the worker itself fails or stops.
function runOn(worker: Worker, input: AnalysisInput, options: AnalysisOptions): Promise<Reply> {
  const { packed, transfer } = packInput(input)
  const job: AnalysisJob = { id: ++lastJobId, input: packed, options }
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      worker.unref()
    }
    const onMessage = (reply: Reply) => {
      if (reply.id !== job.id) return
      settle()
      resolve(reply)
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

async function onWorker(input: AnalysisInput, options: AnalysisOptions): Promise<AnalysisResult> {
  const worker = await acquire()
  let reply: Reply
  try {
    reply = await runOn(worker, input, options)
  } catch (error) {
    // A worker that failed may be in any state: stop it (its exit listener starts another for a waiting job).
    void worker.terminate()
    throw error
  }
  release(worker)
  if (reply.error !== undefined) throw new Error(`The analysis failed: ${reply.error}`)
  return reply.result
}

// Analyses a pathway's input: inline when it is small, otherwise on a worker thread.
export function runAnalysis(input: AnalysisInput, options: RunOptions = {}): Promise<AnalysisResult> {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const rows = input.competencies.length + input.modules.length + input.outcomes.length + input.alignments.length
  if (rows < inlineBelowRows) return Promise.resolve(analysePathway(input, analysis))
  return onWorker(input, analysis)
}
