// Findings and the crosswalk matrix as plain tables (a header and rows of cells), shared by CSV and XLSX.
import { FINDING_STATUS_LABELS } from '../../../shared/schemas/finding-decision'
import type { ReportedFinding } from '../analysis/decisions'
import { FINDING_KIND_LABELS, SEVERITY_LABELS } from '../../../shared/domain/analysis/labels'
import type { Matrix } from '../analysis/matrix'
import type { Table } from './csv'

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
