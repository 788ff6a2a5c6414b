// The words the Import page shows (and announces) for a framework import job at each stage.
import { describe, expect, it } from 'vitest'
import type { ImportJob } from '../../shared/schemas/import'
import { jobProgressText } from '../../web/components/import/follow-import-job'

const job = (status: ImportJob['status'], done: number, total: number): ImportJob => ({
  id: 1, status, fileName: 'big.csv', done, total, result: null, error: null, createdAt: '', updatedAt: '',
})

describe('jobProgressText', () => {
  it('says the job waits, then reads, then counts rows written with thousands separators', () => {
    expect(jobProgressText(job('queued', 0, 0))).toBe('waiting for the server to start it…')
    expect(jobProgressText(job('running', 0, 0))).toBe('reading the file…')
    expect(jobProgressText(job('running', 12000, 100000))).toBe('12,000 of 100,000 rows written')
    expect(jobProgressText(job('done', 100000, 100000))).toBe('100,000 of 100,000 rows written')
  })
})
