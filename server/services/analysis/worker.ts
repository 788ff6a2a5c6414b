// The worker thread that runs the pure analysis, so a statewide pathway does not hold up other requests.
// Started by run.ts under tsx's loader; it answers each job with its result or its error message.
import { parentPort } from 'node:worker_threads'
import { analysePathway, type AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { unpackInput, type PackedInput } from './wire'

export type AnalysisJob = { id: number; input: PackedInput; options: AnalysisOptions }

parentPort?.on('message', (job: AnalysisJob) => {
  try {
    parentPort!.postMessage({ id: job.id, result: analysePathway(unpackInput(job.input), job.options) })
  } catch (error) {
    parentPort!.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) })
  }
})
