// Exporting a pathway's analysis as a file: the XLSX workbook (About, Findings, Matrix) or one CSV table.
// Shared by the API and `rungs report`. The workbook is built in memory, so its matrix is bounded (bounds.ts);
// a CSV file is streamed, so it is never refused for its size. The findings are those of the stored analysis the
// findings page serves (brought up to date on worker threads for a big pathway); big pathways' matrices are built
// on worker threads too.
import type { ExportQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { storedFindings } from '../analysis-cache/stored-report'
import { pathwayMatrix } from '../analysis/matrix'
import { INLINE_BELOW_ROWS, matrixCsvOnWorker, type RunOptions } from '../analysis/run'
import { workerSource } from '../analysis/worker-source'
import { aboutRows } from './about'
import { requireMatrixWithin } from './bounds'
import { MATRIX_MAX_CELLS } from './limits'
import { csvStream, tableLines } from './csv'
import { matrixCsvLines } from './matrix-csv'
import { findingsTable, matrixTable } from './tables'
import { rowsOf, toXlsx, widthsOf } from './xlsx'

export type ExportFile = { filename: string; contentType: string; body: Buffer | ReadableStream<Uint8Array> }

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_TYPE = 'text/csv; charset=utf-8'

// The crosswalk matrix as CSV: a big pathway's written on a worker that loads it itself and sent while it is
// written (a statewide matrix is a gigabyte), a small one's written here from its sparse rows.
async function matrixCsv(db: Db, slug: string, viewer: Viewer, query: ExportQuery, options: RunOptions): Promise<ReadableStream<Uint8Array>> {
  const source = await workerSource(db, slug, viewer, options.inlineBelowRows ?? INLINE_BELOW_ROWS)
  if (source) return matrixCsvOnWorker(source, query)
  return csvStream(matrixCsvLines(await pathwayMatrix(db, slug, viewer, query, options)))
}

// The export the query asks for, of the pathway as the viewer sees it (404 for an unknown slug; 422 for a
// workbook whose matrix would have more than `maxCells` cells, before anything is loaded).
export async function exportPathway(
  db: Db,
  slug: string,
  viewer: Viewer,
  query: ExportQuery,
  maxCells = MATRIX_MAX_CELLS,
  options: RunOptions = {},
): Promise<ExportFile> {
  if (query.format === 'csv' && query.what === 'matrix') {
    return { filename: `${slug}-matrix.csv`, contentType: CSV_TYPE, body: await matrixCsv(db, slug, viewer, query, options) }
  }
  if (query.format === 'csv') {
    const report = await storedFindings(db, slug, viewer, query, options)
    return { filename: `${slug}-findings.csv`, contentType: CSV_TYPE, body: csvStream(tableLines(findingsTable(report.findings))) }
  }

  await requireMatrixWithin(db, slug, viewer, query, maxCells, 'workbook')
  const report = await storedFindings(db, slug, viewer, query, options)
  const matrix = await pathwayMatrix(db, slug, viewer, query, options)
  const about = aboutRows(matrix, query, report.generatedAt)
  const findingRows = rowsOf(findingsTable(report.findings))
  const matrixRows = rowsOf(matrixTable(matrix))
  const body = toXlsx([
    { name: 'About', rows: about, widths: [24, 120], freeze: null },
    { name: 'Findings', rows: findingRows, widths: widthsOf(findingRows, 8, 100), freeze: { rows: 1, columns: 0 } },
    // Module columns stay narrow (a letter each); the competency column stays in view.
    { name: 'Matrix', rows: matrixRows, widths: widthsOf(matrixRows, 4, 70), freeze: { rows: 1, columns: 1 } },
  ])
  return { filename: `${slug}-findings.xlsx`, contentType: XLSX_TYPE, body }
}
