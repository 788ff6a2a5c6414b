// Row type of framework import jobs (services/import/jobs.ts).
import type { Generated } from 'kysely'

export type ImportJobStatus = 'queued' | 'running' | 'done' | 'failed'

export interface ImportJobsTable {
  id: Generated<number>
  status: ImportJobStatus
  fileName: string
  done: Generated<number>
  total: Generated<number>
  // JSON: the ImportSummary of a job done, the error ({ code, message, details }) of a job failed.
  result: string | null
  error: string | null
  createdBy: number | null
  createdAt: string
  updatedAt: string
}

export interface ImportJobTables {
  import_jobs: ImportJobsTable
}
