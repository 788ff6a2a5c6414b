// Requests and answers of imports: the options sent beside an uploaded file, and the preview that comes back.
import { z } from 'zod'
import { FRAMEWORK_KINDS } from '../domain/vocabulary'
import { Id, Text } from './common'

export const IMPORT_FORMATS = ['case', 'opensalt', 'sheet'] as const
export type ImportFormat = (typeof IMPORT_FORMATS)[number]

// The fields a column of a plain spreadsheet or CSV can be mapped to; code and statement are required.
export const SHEET_FIELDS = ['code', 'statement', 'parentCode', 'kind', 'level', 'subject', 'identifier', 'sequence'] as const
export type SheetField = (typeof SHEET_FIELDS)[number]
export const SHEET_FIELD_LABELS: Record<SheetField, string> = {
  code: 'Code',
  statement: 'Statement',
  parentCode: 'Parent code',
  kind: 'Kind',
  level: 'Level',
  subject: 'Subject (basic skills)',
  identifier: 'Identifier (UUID)',
  sequence: 'Order among siblings',
}

// Field → column header; a field left out (or null) is not read.
export const ColumnMapping = z.partialRecord(z.enum(SHEET_FIELDS), Text(200, { trim: false }).nullable())
export type ColumnMapping = z.infer<typeof ColumnMapping>

// Sent as the "options" part of a multipart upload (JSON text), beside the "file" part.
export const ImportOptions = z.object({
  // Omitted: guessed from the file (JSON → case, a workbook with a "CF Item" sheet → opensalt, else sheet).
  format: z.enum(IMPORT_FORMATS).optional(),
  // Plain sheets: which columns hold which field (omitted: guessed from the header row).
  mapping: ColumnMapping.optional(),
  // Plain sheets: the worksheet to read (default: the first).
  sheet: Text(100, { trim: false }).optional(),
  // Plain sheets: update this framework (rows matched by identifier, else by code) instead of creating one.
  frameworkId: Id.optional(),
  // The framework's title (plain sheets) or a replacement for the package's title.
  title: Text(200).optional(),
  kind: z.enum(FRAMEWORK_KINDS).optional(),
  // Commit only: the fileHash of the preview the person saw; a different file is refused.
  expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
})
export type ImportOptions = z.infer<typeof ImportOptions>

// One problem found in a file: where it is (row and column of a sheet, or a JSON path) and what is wrong.
export type ImportProblem = {
  severity: 'error' | 'warning'
  message: string
  sheet?: string
  row?: number
  column?: string
  path?: string
}

// A framework Rungs already holds that the file looks like: the one its CASE identifier names (which the import
// updates), or one with (nearly) the same codes and statements, which the person may choose to update instead.
export type ImportDuplicate = {
  id: number
  title: string
  createdAt: string
  competencyCount: number
  reason: 'identifier' | 'content'
  // The share (0 to 1) of items the file and the framework have in common.
  sameShare: number
  // Whether the person may update it (their organisation's).
  mayUpdate: boolean
}

// What an import would do (preview) or did (commit).
export type ImportSummary = {
  format: ImportFormat
  // CASE packages and OpenSALT workbooks: the CASE version the file is in.
  caseVersion?: '1.0' | '1.1'
  fileHash: string
  framework: { title: string; uuid: string | null; action: 'create' | 'update'; id: number | null }
  counts: { create: number; update: number; unchanged: number; links: number; rows: number }
  // Plain sheets: the header row, the first rows as read, and the mapping used (given or guessed).
  sheet?: { name: string; headers: string[]; rows: string[][]; mapping: ColumnMapping; sheets: string[] }
  problems: ImportProblem[]
  // Previews for a person, when no framework was chosen: the framework the file looks like.
  duplicateOf?: ImportDuplicate
  // Updates: items of the framework the file does not hold (kept as they are).
  absent?: number
  // True when no problem of severity "error" was found, so the import can be committed.
  ok: boolean
}

// The multipart form of an upload: the file, and its options as JSON text checked by `options`.
export function uploadForm<Options extends z.ZodType>(options: Options, missingFile: string) {
  return z.object({
    file: z.instanceof(File, { message: missingFile }),
    options: z
      .string()
      .default('{}')
      .transform((text, ctx) => {
        try {
          return JSON.parse(text) as unknown
        } catch {
          ctx.addIssue({ code: 'custom', message: 'options must be JSON' })
          return z.NEVER
        }
      })
      .pipe(options),
  })
}

// The multipart form of a framework import.
export const ImportForm = uploadForm(ImportOptions, 'Attach the file to import as "file"')

// A framework import run as a job (a large file: POST /api/imports/commit answers 202 with it), as
// GET /api/import-jobs/:id reports it: queued, running (rows written so far of how many), done (the summary
// of what was imported) or failed (the error the commit would have answered, problems included).
export const IMPORT_JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export type ImportJob = {
  id: number
  status: (typeof IMPORT_JOB_STATUSES)[number]
  fileName: string
  done: number
  total: number
  result: ImportSummary | null
  // The status a commit answered on the spot would have had (422 for a file with errors).
  error: { code: string; status: number; message: string; details?: { problems?: ImportProblem[] } } | null
  createdAt: string
  updatedAt: string
}
