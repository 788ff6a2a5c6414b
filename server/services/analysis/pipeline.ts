// What each analysis job computes, as one flow: load → index → rules → report (or store), or load → matrix
// (→ CSV). The worker (worker.ts) only carries jobs here and results back; the stages are the functions the
// request thread calls for a small pathway (load.ts, build-matrix.ts, shared/domain/analysis, report.ts,
// finding-rows.ts), so both give the same answers.
import { analysePathway, findingsInBatches } from '../../../shared/domain/analysis/analyse'
import { connect, type Db } from '../../db/connect'
import type { InputPart } from '../../db/queries/analysis'
import { csvChunks } from '../export/csv'
import { matrixCsvLines } from '../export/matrix-csv'
import { buildMatrix } from './build-matrix'
import { writeFindings } from './finding-rows'
import type { AnalysisJob, Chunk, ReportSource } from './jobs'
import { loadPathway } from './load'
import { reportOf } from './report'
import { unpackInput } from './wire'
import { packFindings } from './wire-findings'
import { packRows, unpackMatrixSource } from './wire-matrix'

// Findings, or matrix rows (each with its cells, so heavier), per message: each chunk takes the receiving
// thread a few milliseconds to take in. CSV goes in chunks of bytes.
const FINDINGS_PER_CHUNK = 2000
const ROWS_PER_CHUNK = 1000
const CSV_CHUNK_CHARS = 256 * 1024

export type Packed = { packed: Chunk; transfer: ArrayBuffer[] }

// A job's result: its chunks, produced only as they are sent, and the rest, sent last.
export type JobResult = { chunks: Iterable<Packed>; rest: unknown }

function* inChunks<I>(items: readonly I[], size: number, pack: (items: readonly I[]) => Packed): Generator<Packed> {
  for (let at = 0; at < items.length; at += size) yield pack(items.slice(at, at + size))
}

// Runs `work` with a connection of this thread's own to the source's database.
async function connected<T>(source: ReportSource, work: (db: Db) => Promise<T>): Promise<T> {
  const db = connect(source.connection)
  return work(db).finally(() => db.destroy())
}

// The pathway (or part of it) loaded in one read transaction, so the part is read from one snapshot of the
// database.
function loadIn(db: Db, source: ReportSource, part: InputPart) {
  const transaction = source.connection.dialect === 'postgres' ? db.transaction().setIsolationLevel('repeatable read') : db.transaction()
  return transaction.execute((trx) => loadPathway(trx, source.slug, source.viewer, part))
}

const load = (source: ReportSource, part: InputPart) => connected(source, (db) => loadIn(db, source, part))

export async function runJob(job: Exclude<AnalysisJob, { kind: 'next' | 'cancel' }>): Promise<JobResult> {
  switch (job.kind) {
    case 'analyse': {
      const { findings, ...rest } = analysePathway(unpackInput(job.input), job.options)
      return { chunks: inChunks(findings, FINDINGS_PER_CHUNK, packFindings), rest }
    }
    case 'report': {
      const loaded = await load(job.source, job.part)
      const { findings, ...rest } = reportOf(loaded, analysePathway(loaded.input, job.options), job.query, job.decisions)
      return { chunks: inChunks(findings, FINDINGS_PER_CHUNK, packFindings), rest }
    }
    case 'store': {
      // The findings are written batch by batch as the rules find them, never all held at once.
      const counts = await connected(job.source, async (db) =>
        writeFindings(db, job.snapshotId, findingsInBatches((await loadIn(db, job.source, job.part)).input, job.options)),
      )
      return { chunks: [], rest: counts }
    }
    case 'build-matrix': {
      const { rows, ...rest } = buildMatrix(unpackMatrixSource(job.input), job.query)
      return { chunks: inChunks(rows, ROWS_PER_CHUNK, packRows), rest }
    }
    case 'matrix': {
      const { rows, ...rest } = buildMatrix(await load(job.source, 'all-but-outcomes'), job.query)
      return { chunks: inChunks(rows, ROWS_PER_CHUNK, packRows), rest }
    }
    case 'matrix-csv': {
      const matrix = buildMatrix(await load(job.source, 'all-but-outcomes'), job.query)
      const bytes = function* () {
        for (const chunk of csvChunks(matrixCsvLines(matrix), CSV_CHUNK_CHARS)) yield { packed: chunk, transfer: [chunk.buffer as ArrayBuffer] }
      }
      return { chunks: bytes(), rest: null }
    }
  }
}
