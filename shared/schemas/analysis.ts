// Query strings of a pathway's analysis: which findings, which part of the crosswalk matrix, which export.
import { z } from 'zod'
import { FINDING_KINDS, SEVERITIES } from '../domain/analysis/types'
import { LEVELS } from '../domain/vocabulary'
import { Id, QueryWhole, SearchText } from './common'
import { FINDING_STATUSES } from './finding-decision'

// One value or several, repeated (?kind=a&kind=b) or comma-separated (?kind=a,b); absent means all.
const ListOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(
    (value) =>
      value === undefined
        ? undefined
        : (Array.isArray(value) ? value : [value])
            .flatMap((v) => String(v).split(','))
            .map((v) => v.trim())
            .filter((v) => v !== ''),
    z.array(z.enum(values)).optional(),
  )

// A finding matches `level` when one of its modules is at that level (or it names the level itself), `module`
// when it involves that module; `status` defaults to open and assigned (accepted findings are asked for);
// `assignee` keeps findings assigned to that person.
export const FindingsQuery = z.object({
  kind: ListOf(FINDING_KINDS),
  severity: ListOf(SEVERITIES),
  level: ListOf(LEVELS),
  module: Id.optional(),
  status: ListOf(FINDING_STATUSES),
  assignee: Id.optional(),
})
export type FindingsQuery = z.infer<typeof FindingsQuery>

// `level` keeps the modules (columns) of those levels and `module` one module; `frameworkId` the competencies
// (rows) of one framework and `area` one competency with everything under it. A matrix too big to build at once
// is refused with the ways to narrow it (MATRIX_NARROWING).
export const MatrixQuery = z.object({
  level: ListOf(LEVELS),
  frameworkId: Id.optional(),
  area: Id.optional(),
  module: Id.optional(),
})
export type MatrixQuery = z.infer<typeof MatrixQuery>

// The query parameters that narrow a matrix, as a refusal names them (in `details.narrowBy`).
export const MATRIX_NARROWING = ['area', 'level', 'module'] as const

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const
export const EXPORT_CONTENTS = ['findings', 'matrix'] as const

// An XLSX workbook always holds the about sheet, the findings and the matrix; a CSV file holds one of them.
// The findings and matrix filters apply to what is exported.
export const ExportQuery = FindingsQuery.extend(MatrixQuery.shape).extend({
  format: z.enum(EXPORT_FORMATS),
  what: z.enum(EXPORT_CONTENTS).default('findings'),
})
export type ExportQuery = z.infer<typeof ExportQuery>

// A page of a pathway's findings, as the findings route serves it from the stored analysis: the filters above,
// plus `competency` (findings about that competency), `q` (words in the message or the codes and titles of
// the rows it names) and paging. Without `limit` every matching finding is returned.
export const FindingsPageQuery = FindingsQuery.extend({
  competency: Id.optional(),
  q: SearchText(),
  limit: QueryWhole(1).max(1000, 'must be at most 1000').optional(),
  offset: QueryWhole(0).default(0),
})
export type FindingsPageQuery = z.infer<typeof FindingsPageQuery>
