// The analysis worker threads: at most `threads` of them (cores − 1 by default), started when work comes and
// stopped after `idleMs` without any, so the memory of a statewide analysis returns to the system. Work is
// admitted a request at a time: `threads` requests run, `queue` more wait, and any further is refused at once
// with 429 and Retry-After, before it loads anything (a queue without a bound only moves the overload into
// memory). A task sends a worker one job and reads its replies as the caller asks for them (task()).
import { Worker } from 'node:worker_threads'
import { AppError } from '../../errors'
import { collectGarbage } from './collect-garbage'
import type { AnalysisJob, Chunk, WorkerReply } from './jobs'
import { poolSettingsFrom, type PoolSettings } from './pool-settings'

const WORKER = new URL('./worker.ts', import.meta.url).href
// The worker is TypeScript like the rest of the server. Node 20 does not apply loaders given in a worker's
// execArgv to its entry point, so a one-line bootstrap registers tsx's loader, then imports the worker.
// tsx is resolved from here, so it is found whatever the working directory (npm start, the CLI, vitest).
const TSX_API = import.meta.resolve('tsx/esm/api')
const BOOTSTRAP = `import(${JSON.stringify(TSX_API)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER)}) })`

let settings: PoolSettings | undefined
const current = () => (settings ??= poolSettingsFrom(process.env))

// The settings in force: the environment's unless configurePool changed them.
export const poolSettings = (): PoolSettings => current()

// Other settings than the environment's (tests ask for a tiny queue or a short idle time).
export function configurePool(changes: Partial<PoolSettings>): void {
  settings = { ...current(), ...changes }
}

// The request ran into a full queue: how long to wait is a guess from how long recent analyses took.
export class Busy extends AppError {
  constructor(waiting: number, retryAfterSeconds: number) {
    super(
      'busy',
      429,
      `The server is busy with other analyses (${waiting} waiting for a thread). Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    )
  }
}

const idle: Worker[] = []
const idleTimers = new Map<Worker, NodeJS.Timeout>()
const waitingForWorker: ((worker: Worker) => void)[] = []
let started = 0

// What the pool holds now (for tests and the bench).
export const poolState = () => ({ threads: started, idle: idle.length, running: admittedRunning, waiting: admittedWaiting.length })

function startWorker(): Worker {
  started++
  const worker = new Worker(BOOTSTRAP, { eval: true })
  // An idle worker must not keep a command-line run (or a test process) alive.
  worker.unref()
  worker.once('exit', () => {
    started--
    clearTimeout(idleTimers.get(worker))
    idleTimers.delete(worker)
    if (idle.includes(worker)) idle.splice(idle.indexOf(worker), 1)
    const next = waitingForWorker.shift()
    if (next) next(startWorker())
    // The last thread stopped for want of work: what this thread took in of the analyses (findings, matrix
    // rows, their JSON) is garbage by now, collected in one pause at a quiet moment rather than held.
    else if (started === 0 && admittedRunning === 0) collectGarbage()
  })
  return worker
}

function acquire(): Promise<Worker> {
  const worker = idle.pop()
  if (worker) {
    clearTimeout(idleTimers.get(worker))
    idleTimers.delete(worker)
    return Promise.resolve(worker)
  }
  if (started < current().threads) return Promise.resolve(startWorker())
  return new Promise((resolve) => waitingForWorker.push(resolve))
}

function release(worker: Worker): void {
  const next = waitingForWorker.shift()
  if (next) return next(worker)
  idle.push(worker)
  const timer = setTimeout(() => void worker.terminate(), current().idleMs)
  timer.unref()
  idleTimers.set(worker, timer)
}

let admittedRunning = 0
const admittedWaiting: (() => void)[] = []
// How long an admitted request held its slot, on average (a first guess before any has finished).
let averageMs = 5000

// Waits for a slot to run an analysis in, or refuses at once (429) when `queue` requests already wait; the
// caller must call the returned function once done with its workers.
export async function admit(): Promise<() => void> {
  const { threads, queue } = current()
  if (admittedRunning >= threads) {
    if (admittedWaiting.length >= queue) {
      const seconds = Math.min(600, Math.max(1, Math.ceil(((admittedWaiting.length + 1) * averageMs) / threads / 1000)))
      throw new Busy(admittedWaiting.length, seconds)
    }
    await new Promise<void>((resolve) => admittedWaiting.push(resolve))
  } else admittedRunning++
  const start = performance.now()
  let done = false
  return () => {
    if (done) return
    done = true
    averageMs = 0.7 * averageMs + 0.3 * (performance.now() - start)
    const next = admittedWaiting.shift()
    // The slot passes straight to the next request waiting, so none can overtake it.
    if (next) next()
    else admittedRunning--
  }
}

// An error a worker replied with: a service's own (a pathway removed meanwhile: 404) keeps its meaning.
function replyError({ message, code, status, details }: NonNullable<WorkerReply['error']>): Error {
  if (code !== undefined && status !== undefined) return new AppError(code, status, message, details)
  return new Error(`The analysis failed: ${message}`)
}

// Runs one job on a worker: yields its chunks one at a time, asking the worker for more only as the caller
// takes them (so a slow reader holds the worker back and memory holds two chunks), and returns the rest of
// its result. Leaving early (return() or a throw of the caller) cancels the job and waits for the worker to
// stop sending; a worker that fails is stopped, so none is reused in an unknown state.
export async function* task(job: Exclude<AnalysisJob, { kind: 'next' | 'cancel' }>, transfer: ArrayBuffer[] = []): AsyncGenerator<Chunk, unknown, undefined> {
  const worker = await acquire()
  const inbox: WorkerReply[] = []
  let failure: Error | undefined
  let wake: (() => void) | undefined
  const onMessage = (reply: WorkerReply) => {
    if (reply.id !== job.id) return
    inbox.push(reply)
    wake?.()
  }
  const onError = (error: Error) => {
    failure = error
    wake?.()
  }
  const onExit = (code: number) => {
    failure ??= new Error(`The analysis worker stopped with exit code ${code}`)
    wake?.()
  }
  const reply = async (): Promise<WorkerReply> => {
    while (inbox.length === 0 && !failure) await new Promise<void>((resolve) => (wake = resolve))
    if (failure) throw failure
    return inbox.shift()!
  }
  worker.on('message', onMessage).on('error', onError).on('exit', onExit)
  worker.ref()
  let finished = false
  try {
    worker.postMessage(job, transfer)
    for (;;) {
      const next = await reply()
      if (next.error) {
        finished = true
        throw replyError(next.error)
      }
      if (next.done) {
        finished = true
        return next.rest
      }
      yield next.chunk!
      worker.postMessage({ id: job.id, kind: 'next' } satisfies AnalysisJob)
    }
  } finally {
    if (!finished && !failure) {
      worker.postMessage({ id: job.id, kind: 'cancel' } satisfies AnalysisJob)
      for (let next = await reply().catch(() => undefined); next && !next.done && !next.error; next = await reply().catch(() => undefined));
    }
    worker.off('message', onMessage).off('error', onError).off('exit', onExit)
    worker.unref()
    if (failure) void worker.terminate()
    else release(worker)
  }
}
