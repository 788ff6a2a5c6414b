// What crosses between the request thread and an analysis worker: the jobs a worker is given and its replies.
// Only types: the pool (pool.ts, run.ts) and the worker (worker.ts) both read this contract, neither the other.
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import type { DecisionState } from '../../../shared/domain/analysis/decisions'
import type { FindingsQuery, MatrixQuery } from '../../../shared/schemas/analysis'
import type { ConnectOptions } from '../../db/connect'
import type { InputPart } from '../../db/queries/analysis'
import type { AppError } from '../../errors'
import type { Viewer } from '../access'
import type { PackedInput } from './wire'
import type { PackedFindings } from './wire-findings'
import type { PackedMatrixRows, PackedMatrixSource } from './wire-matrix'

// What a worker needs to load a pathway itself: how to open the database (an SQLite file, or PostgreSQL's URL),
// and the pathway as the viewer sees it.
export type ReportSource = { connection: ConnectOptions; slug: string; pathwayId: number; viewer: Viewer }

export type AnalysisJob =
  // Analyse an input loaded by the caller.
  | { id: number; kind: 'analyse'; input: PackedInput; options: AnalysisOptions }
  // Load `part` of the pathway's input, analyse it, report. The current decisions on the pathway's findings
  // decide their status (and what the counts leave out).
  | { id: number; kind: 'report'; source: ReportSource; part: InputPart; query: FindingsQuery; decisions: DecisionState[]; options: AnalysisOptions }
  // Load `part` of the pathway's input, analyse it and write the findings into the caller's incomplete stored
  // snapshot; the rest of the result is only their counts (FindingCounts), so no finding crosses back.
  | { id: number; kind: 'store'; source: ReportSource; part: InputPart; snapshotId: number; options: AnalysisOptions }
  // Build the crosswalk matrix of what the caller loaded.
  | { id: number; kind: 'build-matrix'; input: PackedMatrixSource; query: MatrixQuery }
  // Load the pathway (everything but the outcomes) and build its crosswalk matrix.
  | { id: number; kind: 'matrix'; source: ReportSource; query: MatrixQuery }
  // Load the pathway, build its crosswalk matrix and write it as CSV, sent as bytes while it is written.
  | { id: number; kind: 'matrix-csv'; source: ReportSource; query: MatrixQuery }
  // The caller has taken in the last chunk of job `id` and wants the next.
  | { id: number; kind: 'next' }
  // The caller wants no more of job `id` (a download was abandoned): the worker stops sending and says done.
  | { id: number; kind: 'cancel' }

// A chunk of a job's result: findings, matrix rows, or CSV bytes.
export type Chunk = PackedFindings | PackedMatrixRows | Uint8Array

// Each reply of a job is a chunk; the last is `done` with the rest of the result, or has an `error`.
export type WorkerReply = {
  id: number
  chunk?: Chunk
  done?: true
  rest?: unknown
  error?: { message: string; code?: string; status?: AppError['status']; details?: unknown }
}
