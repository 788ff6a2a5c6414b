// Findings and the crosswalk matrix as plain tables (a header and rows of cells), shared by CSV and XLSX.
import type { Finding } from '../../../shared/domain/analysis/types'
import type { LoadedPathway } from '../analysis/load'
import type { Matrix } from '../analysis/matrix'
import type { Table } from './csv'

export const FINDINGS_HEADER = ['Kind', 'Severity', 'Message', 'Modules', 'Competencies', 'Credentials', 'Levels', 'Stages']

// Spaces per level of the hierarchy in the matrix's competency column.
export const INDENT = '   '

const list = (items: readonly (string | number | undefined)[]) => [...new Set(items.filter((i) => i !== undefined))].join('; ')

// One row per finding, naming modules and competencies by code and credentials by title. Levels and stages
// are those the finding names, else those of its modules.
export function findingsTable(findings: readonly Finding[], loaded: LoadedPathway): Table {
  const modules = new Map(loaded.input.modules.map((m) => [m.id, m]))
  const competencies = new Map(loaded.input.competencies.map((c) => [c.id, c.code]))
  const credentials = new Map(loaded.input.credentials.map((c) => [c.id, c.title]))
  const rows = findings.map((f) => {
    const own = (f.refs.moduleIds ?? []).map((id) => modules.get(id)).filter((m) => m !== undefined)
    return [
      f.kind,
      f.severity,
      f.message,
      list(own.map((m) => m.code)),
      list((f.refs.competencyIds ?? []).map((id) => competencies.get(id))),
      list((f.refs.credentialIds ?? []).map((id) => credentials.get(id))),
      list(f.refs.levels ?? own.map((m) => m.level)),
      list(f.refs.stages ?? [...own.map((m) => m.stage)].sort((a, b) => a - b)),
    ]
  })
  return { header: FINDINGS_HEADER, rows }
}

// One row per competency in hierarchy order, indented by depth; one column per module headed by its code,
// holding I, R or M; then the coverage columns.
export function matrixTable(matrix: Matrix): Table {
  const frameworks = new Map(matrix.frameworks.map((f) => [f.id, f.title]))
  const header = ['Competency', 'Framework', ...matrix.modules.map((m) => m.code), 'Deepest', 'Modules', 'Items covered', 'Items mastered', 'Items']
  const rows = matrix.rows.map((r) => [
    `${INDENT.repeat(r.indent)}${r.code} ${r.statement}`,
    frameworks.get(r.frameworkId),
    ...matrix.modules.map((m) => r.cells[m.id] ?? null),
    r.coverage.highest,
    r.coverage.modules,
    r.coverage.covered,
    r.coverage.mastered,
    r.coverage.leaves,
  ])
  return { header, rows }
}
