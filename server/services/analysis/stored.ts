// A pathway's analysis written into a stored snapshot (services/analysis-cache/store.ts owns the snapshot): a
// big pathway is loaded, analysed and written by analysis workers through connections of their own, so its
// findings never reach the request thread (neither as objects nor as JSON); a small one is loaded, analysed and
// written here, with the same stages.
import type { FindingCounts } from '../../../shared/domain/analysis/types'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { writeFindings } from './finding-rows'
import { loadPathway } from './load'
import { INLINE_BELOW_ROWS, runAnalysis, storeOnWorkers, type RunOptions } from './run'
import { workerSource } from './worker-source'

// Analyses the pathway as the viewer sees it into the incomplete snapshot `snapshotId`; the findings' counts.
export async function analyseIntoSnapshot(db: Db, slug: string, viewer: Viewer, snapshotId: number, options: RunOptions = {}): Promise<FindingCounts> {
  const { inlineBelowRows = INLINE_BELOW_ROWS, ...analysis } = options
  const source = await workerSource(db, slug, viewer, inlineBelowRows)
  if (source) return storeOnWorkers(source, snapshotId, analysis)
  const { findings } = await runAnalysis((await loadPathway(db, slug, viewer)).input, options)
  return writeFindings(db, snapshotId, [findings])
}
