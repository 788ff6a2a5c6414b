// Exporting a pathway's analysis as a file: the XLSX workbook (About, Findings, Matrix) or one CSV table.
// Shared by the API and `rungs report`.
import type { ExportQuery } from '../../../shared/schemas/analysis'
import type { Db } from '../../db/connect'
import type { Viewer } from '../access'
import { findingsOf } from '../analysis/findings'
import { loadPathway } from '../analysis/load'
import { buildMatrix } from '../analysis/matrix'
import type { RunOptions } from '../analysis/run'
import { aboutRows } from './about'
import { toCsv } from './csv'
import { findingsTable, matrixTable } from './tables'
import { rowsOf, toXlsx, widthsOf } from './xlsx'

export type ExportFile = { filename: string; contentType: string; body: Buffer | string }

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const CSV_TYPE = 'text/csv; charset=utf-8'

// The export the query asks for, of the pathway as the viewer sees it (404 for an unknown slug).
export async function exportPathway(db: Db, slug: string, viewer: Viewer, query: ExportQuery, options: RunOptions = {}): Promise<ExportFile> {
  const loaded = await loadPathway(db, slug, viewer)
  if (query.format === 'csv' && query.what === 'matrix') {
    return { filename: `${slug}-matrix.csv`, contentType: CSV_TYPE, body: toCsv(matrixTable(buildMatrix(loaded, query))) }
  }
  const report = await findingsOf(db, loaded, query, viewer, options)
  const findings = findingsTable(report.findings)
  if (query.format === 'csv') return { filename: `${slug}-findings.csv`, contentType: CSV_TYPE, body: toCsv(findings) }

  const matrix = buildMatrix(loaded, query)
  const about = aboutRows(matrix, query, report.generatedAt)
  const findingRows = rowsOf(findings)
  const matrixRows = rowsOf(matrixTable(matrix))
  const body = toXlsx([
    { name: 'About', rows: about, widths: [24, 120], freeze: null },
    { name: 'Findings', rows: findingRows, widths: widthsOf(findingRows, 8, 100), freeze: { rows: 1, columns: 0 } },
    // Module columns stay narrow (a letter each); the competency column stays in view.
    { name: 'Matrix', rows: matrixRows, widths: widthsOf(matrixRows, 4, 70), freeze: { rows: 1, columns: 1 } },
  ])
  return { filename: `${slug}-findings.xlsx`, contentType: XLSX_TYPE, body }
}
