// Runs the analysis (and the crosswalk matrix) off the request thread when it is big, on the analysis threads
// of pool.ts, so that analysing a statewide catalogue does not hold up the requests of everyone else. Each
// request is admitted first (429 when too many wait). Two kinds of job for each:
// - `analyse` (`build-matrix`): an input already loaded here is packed (wire.ts, wire-matrix.ts), analysed
//   (built) on a worker, and the result sent back;
// - `report` (`matrix`, `matrix-csv`): the worker connects to the database itself (the SQLite file, or
//   PostgreSQL by its URL), loads the pathway and analyses it (builds its matrix, writes its CSV), so neither
//   the half a million rows read nor the rules ever touch the request thread.
// With two threads or more, a big analysis is split in two halves that run side by side (HALVES). Either way
// the findings (matrix rows, CSV bytes) come back in chunks, each its own message, so that taking them in
// never stalls the event loop for long.
import { alignmentCount } from '../../../shared/domain/analysis/alignments'
import { analysePathway, combineResults, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { nearDuplicateInput } from '../../../shared/domain/analysis/rules/near-duplicates'
import { addCounts } from '../../../shared/domain/analysis/counts'
import { FINDING_KINDS, type AnalysisInput, type AnalysisResult, type AnyAlignments, type Finding, type FindingCounts, type FindingKind } from '../../../shared/domain/analysis/types'
import type { DecisionState } from '../../../shared/domain/analysis/decisions'
import type { FindingsQuery, MatrixQuery } from '../../../shared/schemas/analysis'
import type { InputPart } from '../../db/queries/analysis'
import type { Matrix, MatrixRow, MatrixSource } from './build-matrix'
import type { AnalysisJob, Chunk, ReportSource } from './jobs'
import { admit, poolSettings, task } from './pool'
import type { FindingsReport } from './report'
import { packInput } from './wire'
import { unpackFindings, type PackedFindings } from './wire-findings'
import { packMatrixSource, unpackRows, type PackedMatrixRows } from './wire-matrix'

// Below this many rows (competencies, modules, outcomes and alignments together) a pathway is analysed on the
// calling thread: that takes tens of milliseconds at most, about what handing it to a worker costs. A college's
// pathway (the demo has a few hundred rows) stays inline; a regional or statewide catalogue goes to a worker.
export const INLINE_BELOW_ROWS = 10_000

// `inlineBelowRows: 0` always uses a worker (tests do), `Infinity` never does.
export type RunOptions = AnalysisOptions & { inlineBelowRows?: number }

// The two halves of a big analysis: the near-duplicate pass (MinHash over every outcome text) takes about as
// long as all the other rules together, and reads only modules, outcomes and what joins modules; every other
// rule reads everything but the outcomes. Each half loads (or is sent) only its part of the input.
type Half = { part: InputPart; kinds: readonly FindingKind[] }
const NEAR_DUPLICATES: Half = { part: 'outcomes', kinds: ['near_duplicate_outcomes'] }
const THE_REST: Half = { part: 'all-but-outcomes', kinds: FINDING_KINDS.filter((kind) => !NEAR_DUPLICATES.kinds.includes(kind)) }
const HALVES: readonly Half[] = [THE_REST, NEAR_DUPLICATES]

// Halves only pay where two threads can take them at once.
const splits = () => poolSettings().threads >= 2

let lastJobId = 0
const nextId = () => ++lastJobId

// Runs `work` in an admitted slot (429 when the queue is full), freeing the slot however it ends.
async function admitted<T>(work: () => Promise<T>): Promise<T> {
  const done = await admit()
  try {
    return await work()
  } finally {
    done()
  }
}

// A job's items, gathered from its chunks as they come, and the rest of its result.
async function collect<I, T>(job: Exclude<AnalysisJob, { kind: 'next' | 'cancel' }>, unpack: (chunk: Chunk) => I[], transfer: ArrayBuffer[] = []) {
  const items: I[] = []
  const replies = task(job, transfer)
  for (let next = await replies.next(); ; next = await replies.next()) {
    if (next.done) return { items, rest: next.value as T }
    for (const item of unpack(next.value)) items.push(item)
  }
}

const FINDINGS = (chunk: Chunk) => unpackFindings(chunk as PackedFindings)
const ROWS = (chunk: Chunk) => unpackRows(chunk as PackedMatrixRows)

async function analyseOnWorker(input: AnalysisInput<AnyAlignments>, options: AnalysisOptions): Promise<AnalysisResult> {
  const { packed, transfer } = packInput(input)
  const { items, rest } = await collect<Finding, Omit<AnalysisResult, 'findings'>>({ id: nextId(), kind: 'analyse', input: packed, options }, FINDINGS, transfer)
  return { findings: items, ...rest }
}

// Analyses a pathway's input: inline when it is small, otherwise on a worker thread (in two halves on two).
export async function runAnalysis(input: AnalysisInput<AnyAlignments>, options: RunOptions = {}): Promise<AnalysisResult> {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const rows = input.competencies.length + input.modules.length + input.outcomes.length + alignmentCount(input.alignments)
  if (rows < inlineBelowRows) return analysePathway(input, analysis)
  return admitted(async () => {
    if (analysis.kinds || !splits()) return analyseOnWorker(input, analysis)
    return combineResults(
      await Promise.all([
        analyseOnWorker({ ...input, outcomes: [] }, { ...analysis, kinds: THE_REST.kinds }),
        analyseOnWorker(nearDuplicateInput(input), { ...analysis, kinds: NEAR_DUPLICATES.kinds }),
      ]),
    )
  })
}

type Job = { part: InputPart; options: AnalysisOptions }

// An analysis that workers load themselves, in its two halves; whole when it asks for some kinds only.
function halvesOf(options: AnalysisOptions): Job[] {
  if (options.kinds) return [{ part: 'all', options }]
  return HALVES.map(({ part, kinds }) => ({ part, options: { ...options, kinds } }))
}

// Analyses a pathway that workers load themselves and write its findings into the incomplete stored snapshot
// `snapshotId` from there: no finding crosses to this thread, only their counts. It goes in its two halves,
// side by side on two threads, or one after the other on one: a thread then never holds the outcomes' texts
// and signatures (the near-duplicate pass) together with everything else, which lowers its peak memory.
export async function storeOnWorkers(source: ReportSource, snapshotId: number, options: AnalysisOptions = {}): Promise<FindingCounts> {
  const halves = halvesOf(options)
  const store = ({ part, options }: Job) =>
    collect<never, FindingCounts>({ id: nextId(), kind: 'store', source, part, snapshotId, options }, () => []).then((result) => result.rest)
  return admitted(async () => {
    if (!splits()) {
      const counts: FindingCounts[] = []
      for (const half of halves) counts.push(await store(half))
      return addCounts(counts)
    }
    // Every half finishes before a failure is reported, so none writes into a snapshot that is being removed.
    const settled = await Promise.allSettled(halves.map(store))
    const failed = settled.find((half) => half.status === 'rejected')
    if (failed) throw failed.reason
    return addCounts(settled.map((half) => (half as PromiseFulfilledResult<FindingCounts>).value))
  })
}

// The findings report of a pathway that workers load themselves and analyse: its halves side by side on two
// threads, each reporting on its own kinds (report.ts puts the reports together).
export async function reportsOnWorkers(
  source: ReportSource,
  query: FindingsQuery,
  decisions: DecisionState[],
  options: AnalysisOptions = {},
): Promise<FindingsReport[]> {
  return admitted(() =>
    Promise.all(
      (splits() ? halvesOf(options) : [{ part: 'all' as const, options }]).map(async ({ part, options }) => {
        const job: AnalysisJob = { id: nextId(), kind: 'report', source, part, query, decisions, options }
        const { items: findings, rest } = await collect<Finding, Omit<FindingsReport, 'findings'>>(job, FINDINGS)
        return { pathway: rest.pathway, findings, counts: rest.counts, totals: rest.totals, byStatus: rest.byStatus, generatedAt: rest.generatedAt }
      }),
    ),
  )
}

// The matrix with its rows (received in chunks) back in their place among the other properties.
function matrixOf({ items, rest }: { items: MatrixRow[]; rest: Omit<Matrix, 'rows'> }): Matrix {
  return { pathway: rest.pathway, frameworks: rest.frameworks, modules: rest.modules, rows: items, levels: rest.levels, generatedAt: rest.generatedAt }
}

// The crosswalk matrix of a pathway that a worker loads (all but its outcomes) and builds.
export async function matrixOnWorker(source: ReportSource, query: MatrixQuery): Promise<Matrix> {
  return admitted(async () => matrixOf(await collect<MatrixRow, Omit<Matrix, 'rows'>>({ id: nextId(), kind: 'matrix', source, query }, ROWS)))
}

// The crosswalk matrix of a pathway loaded here, built on a worker.
export async function matrixFromSourceOnWorker(loaded: MatrixSource, query: MatrixQuery): Promise<Matrix> {
  const { packed, transfer } = packMatrixSource(loaded)
  return admitted(async () => matrixOf(await collect<MatrixRow, Omit<Matrix, 'rows'>>({ id: nextId(), kind: 'build-matrix', input: packed, query }, ROWS, transfer)))
}

// The crosswalk matrix of a pathway as CSV bytes, which a worker loads, builds and writes while the reader
// reads: the stream holds the worker (and an admitted slot) until it is read to its end or cancelled. It is
// returned once the first bytes are in, so a refusal (an area not in the pathway: 422) comes before any.
export async function matrixCsvOnWorker(source: ReportSource, query: MatrixQuery): Promise<ReadableStream<Uint8Array>> {
  const done = await admit()
  const replies = task({ id: nextId(), kind: 'matrix-csv', source, query })
  let first: IteratorResult<Chunk, unknown>
  try {
    first = await replies.next()
  } catch (error) {
    done()
    throw error
  }
  let pending: IteratorResult<Chunk, unknown> | undefined = first
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = pending ?? (await replies.next())
          pending = undefined
          if (next.done) {
            controller.close()
            done()
          } else controller.enqueue(next.value as Uint8Array)
        } catch (error) {
          done()
          controller.error(error)
        }
      },
      async cancel() {
        await replies.return(undefined)
        done()
      },
    },
    { highWaterMark: 0 },
  )
}
