// The crosswalk matrix of a pathway as the viewer sees it: loaded and built here when small, on an analysis
// worker otherwise (run.ts), which loads it itself when it can open the database.
import { alignmentCount } from '../../../shared/domain/analysis/alignments'
import type { MatrixQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { buildMatrix, type Matrix } from './build-matrix'
import { loadPathway } from './load'
import { INLINE_BELOW_ROWS, matrixFromSourceOnWorker, matrixOnWorker, type RunOptions } from './run'
import { workerSource } from './worker-source'

// The crosswalk matrix of the pathway with this slug, as the viewer sees it, or 404. As with the findings
// (analysePathwayBySlug), a big pathway is loaded and its matrix built on a worker thread that connects to the
// database itself; any other is loaded here (everything but the outcomes, which the matrix does not read) and
// built here when small, on a worker otherwise (a big pathway in an SQLite database in memory).
export async function pathwayMatrix(db: Db, slug: string, viewer: Viewer, query: MatrixQuery = {}, options: RunOptions = {}): Promise<Matrix> {
  const { inlineBelowRows = INLINE_BELOW_ROWS } = options
  const source = await workerSource(db, slug, viewer, inlineBelowRows)
  if (source) return matrixOnWorker(source, query)
  const loaded = await loadPathway(db, slug, viewer, 'all-but-outcomes')
  const { input } = loaded
  const rows = input.competencies.length + input.modules.length + alignmentCount(input.alignments)
  // A query the pathway cannot answer is refused here, before anything crosses to a worker.
  if (rows < inlineBelowRows || (query.frameworkId !== undefined && !input.frameworkIds.includes(query.frameworkId))) return buildMatrix(loaded, query)
  return matrixFromSourceOnWorker(loaded, query)
}
