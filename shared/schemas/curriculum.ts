// The curriculum workbook of a pathway: the form of an upload, and the changes a preview lists.
import { z } from 'zod'
import { uploadForm, type ImportProblem } from './import'

// Sent as the "options" part of a curriculum upload (JSON text), beside the "file" part.
export const CurriculumOptions = z.object({
  // Commit only: the fileHash of the preview the person saw; a different file is refused.
  expectedHash: z.string().regex(/^[0-9a-f]{64}$/).optional(),
})
export type CurriculumOptions = z.infer<typeof CurriculumOptions>

// The multipart form of a curriculum upload: the workbook, and the options as JSON text.
export const CurriculumForm = uploadForm(CurriculumOptions, 'Attach the workbook as "file"')

export type FieldChange = { field: string; before: string; after: string }
export type ItemChange = { action: 'add' | 'change' | 'remove'; what: string; before: string; after: string }

// What the workbook would do to one module of the pathway.
export type ModuleChange = {
  code: string
  action: 'create' | 'update'
  // The version the change is made at (null for a new module).
  version: number | null
  fields: FieldChange[]
  outcomes: ItemChange[]
  alignments: ItemChange[]
}

// What a curriculum import would do (preview) or did (commit).
export type CurriculumSummary = {
  pathway: { slug: string; title: string }
  fileHash: string
  modules: ModuleChange[]
  // Changes to the pathway itself beyond its ladder: its own supports (the whole pathway's and its stages').
  pathwayChanges: FieldChange[]
  unchanged: number
  problems: ImportProblem[]
  // True when no problem of severity "error" was found, so the workbook can be applied.
  ok: boolean
}
