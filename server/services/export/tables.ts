// Findings and the crosswalk matrix as plain tables (a header and rows of cells), shared by CSV and XLSX.
import { FINDING_STATUS_LABELS } from '../../../shared/schemas/finding-decision'
import type { ReportedFinding } from '../analysis/decisions'
import { FINDING_KIND_LABELS, SEVERITY_LABELS } from '../../../shared/domain/analysis/labels'
import type { Matrix, MatrixRow } from '../analysis/build-matrix'
import type { Cell, Table } from './csv'

export const FINDINGS_HEADER = ['Kind', 'Severity', 'Finding', 'Next step', 'Modules', 'Competencies', 'Credentials', 'Levels', 'Stages', 'Fingerprint', 'Status']

// Spaces per level of the hierarchy in the matrix's competency column.
export const INDENT = '   '

const list = (items: readonly (string | number | undefined)[]) => [...new Set(items.filter((i) => i !== undefined))].join('; ')

// "Open", "Assigned to Ana Ruiz, due 2027-01-15", "Accepted as intended: <reason>", "Open (reopened: facts changed)".
function statusText(f: ReportedFinding): string {
  const d = f.decision
  if (!d) return FINDING_STATUS_LABELS.open
  if (!d.standing) return `${FINDING_STATUS_LABELS.open} (reopened: facts changed)`
  if (d.decision === 'assigned') return `Assigned${d.assigneeName ? ` to ${d.assigneeName}` : ''}, due ${d.dueOn}`
  return `${FINDING_STATUS_LABELS.accepted}: ${d.reason ?? ''}`
}

// One row per finding, in the words people read: kind and severity by their labels, modules and
// competencies by code and title, credentials by title. Levels and stages are those the finding names, else
// those of its modules. The fingerprint ties a row to the decisions taken on it; the status says which stands.
export function findingsTable(findings: readonly ReportedFinding[]): Table {
  const rows = findings.map((f) => {
    const modules = f.rows.modules ?? []
    return [
      FINDING_KIND_LABELS[f.kind],
      SEVERITY_LABELS[f.severity],
      f.message,
      f.nextStep,
      list(modules.map((m) => `${m.code} ${m.title}`)),
      list((f.rows.competencies ?? []).map((c) => `${c.code} ${c.title}`)),
      list((f.rows.credentials ?? []).map((k) => k.title)),
      list(f.refs.levels ?? modules.map((m) => m.level)),
      list(f.refs.stages ?? [...modules.map((m) => m.stage)].sort((a, b) => a - b)),
      f.fingerprint,
      statusText(f),
    ]
  })
  return { header: FINDINGS_HEADER, rows }
}

// The matrix table's header: the competency, its framework, one column per module headed by its code, then
// the coverage columns.
export const matrixHeader = (matrix: Matrix): string[] => [
  'Competency',
  'Framework',
  ...matrix.modules.map((m) => m.code),
  'Deepest',
  'Modules',
  'Items covered',
  'Items mastered',
  'Items',
]

// The titles of the matrix's frameworks by id.
export const frameworkTitles = (matrix: Matrix): ReadonlyMap<number, string> => new Map(matrix.frameworks.map((f) => [f.id, f.title]))

// The cells of a matrix row before its module columns: the competency, indented by depth, and its framework.
export const competencyCells = (row: MatrixRow, frameworks: ReadonlyMap<number, string>): Cell[] => [
  `${INDENT.repeat(row.indent)}${row.code} ${row.statement}`,
  frameworks.get(row.frameworkId),
]

// The cells of a matrix row after its module columns: its coverage.
export const coverageCells = ({ coverage }: MatrixRow): Cell[] => [coverage.highest, coverage.modules, coverage.covered, coverage.mastered, coverage.leaves]

// One row per competency in hierarchy order, indented by depth; one column per module, holding I, R or M;
// then the coverage columns. Every cell is present, so this is for a bounded matrix (services/export/bounds.ts).
export function matrixTable(matrix: Matrix): Table {
  const frameworks = frameworkTitles(matrix)
  const rows = matrix.rows.map((r) => [...competencyCells(r, frameworks), ...matrix.modules.map((m) => r.cells[m.id] ?? null), ...coverageCells(r)])
  return { header: matrixHeader(matrix), rows }
}
