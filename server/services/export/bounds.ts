// What is built in memory is bounded: a crosswalk matrix shown on the matrix page or written into a workbook
// (SheetJS builds the whole file in memory) has at most MATRIX_MAX_CELLS (limits.ts) cells, competencies times modules.
// The size is counted in SQL before anything is loaded, so a statewide request is refused at once with the
// ways to narrow it; the CSV export streams instead, whatever the size (matrix-csv.ts).
import { MATRIX_NARROWING, type ExportQuery, type MatrixQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import { matrixSize, type MatrixSize } from '../../db/queries/matrix-size'
import { findPathwayBySlug } from '../../db/queries/pathways'
import { AppError, NotFound } from '../../errors'
import type { Viewer } from '../access'
import type { Matrix } from '../analysis/build-matrix'
import { pathwayMatrix } from '../analysis/matrix'

// What is refused: the matrix page's answer, or a workbook (which can say "use CSV").
export type Bounded = 'matrix' | 'workbook'

const n = (count: number) => count.toLocaleString('en')

// A matrix (or a workbook holding one) over the limit, with its counts and the parameters that narrow it.
export class TooLarge extends AppError {
  constructor(title: string, size: MatrixSize, limit: number, what: Bounded) {
    const cells = size.competencies * size.modules
    const instead = what === 'workbook' ? ', or download the matrix as CSV, which is streamed whatever its size' : ''
    super(
      'too_large',
      422,
      `The crosswalk matrix of ${title} would have ${n(size.competencies)} competencies by ${n(size.modules)} modules ` +
        `(${n(cells)} cells), more than the ${n(limit)} a ${what === 'workbook' ? 'workbook' : 'page'} is built with. ` +
        `Narrow it to one area, some levels or one module${instead}.`,
      { ...size, cells, limit, narrowBy: MATRIX_NARROWING },
    )
  }
}

// Refuses (422) a matrix of the pathway, under this query, with more cells than `limit`; 404 for an unknown
// slug. Reads counts only.
export async function requireMatrixWithin(db: Db, slug: string, viewer: Viewer, query: MatrixQuery, limit: number, what: Bounded): Promise<void> {
  const pathway = await findPathwayBySlug(db, slug)
  if (!pathway) throw new NotFound('Pathway', slug)
  const size = await matrixSize(db, pathway.id, viewer, query)
  if (size.competencies * size.modules > limit) throw new TooLarge(pathway.title, size, limit, what)
}

// The crosswalk matrix for the matrix page (and the API): refused when over `limit`, else built.
export async function boundedMatrix(db: Db, slug: string, viewer: Viewer, query: MatrixQuery, limit: number): Promise<Matrix> {
  await requireMatrixWithin(db, slug, viewer, query, limit, 'matrix')
  return pathwayMatrix(db, slug, viewer, query)
}

// Refuses (422) an export that exportPathway would refuse for its size; 404 for an unknown slug. A CSV file is
// streamed, so only a workbook can be too big.
export async function checkExport(db: Db, slug: string, viewer: Viewer, query: ExportQuery, limit: number): Promise<void> {
  if (query.format === 'xlsx') await requireMatrixWithin(db, slug, viewer, query, limit, 'workbook')
  else if (!(await findPathwayBySlug(db, slug))) throw new NotFound('Pathway', slug)
}
