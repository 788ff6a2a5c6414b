import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportJob } from '../../shared/schemas/import'
import { ImportRunner } from '../../server/services/import/job-runner'
import { failInterruptedImports } from '../../server/services/import/jobs'
import { insertImportJob } from '../../server/db/queries/import-jobs'
import { createUser } from '../../server/services/users'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { apiClient, signInCookie, type ApiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb, type TestDialect } from '../support/database'
import { fingerprint, uploadForm } from './import-support'

// A sheet of `rows` competencies under ten areas, as CSV.
function sheet(rows: number, prefix: string): string {
  const lines = ['Code,Statement,Parent code']
  for (let a = 0; a < 10; a++) lines.push(`${prefix}${a},Area ${a},`)
  for (let i = 0; i < rows; i++) lines.push(`${prefix}${i % 10}.${i},Perform task ${i} to tolerance,${prefix}${i % 10}`)
  return lines.join('\n')
}

// Every file is a job here (the limit is 0 bytes); small files are answered at once otherwise.
const config = { importJobAboveBytes: 0 }

async function finished(api: ApiClient, id: number): Promise<ImportJob> {
  for (;;) {
    const answer = await api.get<ImportJob>(`/import-jobs/${id}`)
    expect(answer.status).toBe(200)
    if (answer.body.status === 'done' || answer.body.status === 'failed') return answer.body
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

// Runners: on this thread (SQLite in memory), and on a worker with its own connection (SQLite file, PostgreSQL).
const cases: { dialect: TestDialect; worker: boolean }[] = testDialects.flatMap((dialect): { dialect: TestDialect; worker: boolean }[] =>
  dialect === 'sqlite' ? [{ dialect, worker: false }, { dialect, worker: true }] : [{ dialect, worker: true }],
)

describe.each(cases)('import jobs on $dialect (worker: $worker)', ({ dialect, worker }) => {
  let test: TestDb
  let accounts: TestAccounts
  let runner: ImportRunner
  let as: (role: 'faculty' | 'admin' | 'viewer' | 'anonymous') => ApiClient
  beforeAll(async () => {
    test = await createTestDb(dialect, { file: worker })
    accounts = await createTestAccounts(test.db)
    runner = new ImportRunner(test.db, worker ? test.connection : null)
    const cookies = {
      faculty: await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD),
      admin: await signInCookie(test.db, accounts.users.admin.email, TEST_PASSWORD),
      viewer: await signInCookie(test.db, accounts.users.viewer.email, TEST_PASSWORD),
    }
    as = (role) => apiClient(test.db, { config, imports: runner, ...(role === 'anonymous' ? {} : { cookie: cookies[role] }) })
  })
  afterAll(async () => {
    await runner.stop()
    await test.destroy()
  })

  it('commits a file as a job, answered 202 at once, whose progress ends at every row written', async () => {
    const started = await as('faculty').post('/imports/commit', uploadForm(sheet(5000, 'J'), 'big.csv', { title: 'Big sheet' }))
    expect(started.status).toBe(202)
    expect(started.body.job).toMatchObject({ fileName: 'big.csv', error: null, result: null })
    expect(['queued', 'running']).toContain(started.body.job.status)
    const job = await finished(as('faculty'), started.body.job.id)
    expect(job).toMatchObject({ status: 'done', done: 5010, total: 5010, error: null })
    expect(job.result).toMatchObject({ ok: true, counts: { create: 5010 }, framework: { title: 'Big sheet', action: 'create' } })
    const framework = await as('faculty').get(`/frameworks/${job.result!.framework.id}`)
    expect(framework.body).toMatchObject({ competencyCount: 5010, organisationId: accounts.organisations.college })
    expect((await as('anonymous').get('/competencies?q=j3.4983')).body.items.map((c: { code: string }) => c.code)).toEqual(['J3.4983'])
  })

  it('fails a job whose file has errors with the problems located, and writes nothing', async () => {
    const before = await fingerprint(test.db)
    const bad = `${sheet(3000, 'K')}\nK1.x,,K1\nK2.y,Again,K404`
    const started = await as('faculty').post('/imports/commit', uploadForm(bad, 'bad.csv'))
    expect(started.status).toBe(202)
    const job = await finished(as('faculty'), started.body.job.id)
    expect(job).toMatchObject({ status: 'failed', result: null, error: { code: 'invalid' } })
    const problems = job.error!.details!.problems!
    expect(problems).toEqual(expect.arrayContaining([expect.objectContaining({ severity: 'error', row: 3012, column: expect.any(String) })]))
    expect(await fingerprint(test.db)).toEqual(before)
  })

  it('refuses a file that is not the one previewed before queuing it', async () => {
    const refused = await as('faculty').post('/imports/commit', uploadForm(sheet(10, 'H'), 'h.csv', { expectedHash: 'a'.repeat(64) }))
    expect(refused.status).toBe(409)
    expect(refused.body.error.code).toBe('file_changed')
  })

  it('shows a job to the person who started it and to admins only', async () => {
    const started = await as('faculty').post('/imports/commit', uploadForm(sheet(10, 'P'), 'p.csv'))
    const id = started.body.job.id
    await finished(as('faculty'), id)
    expect((await as('admin').get(`/import-jobs/${id}`)).status).toBe(200)
    // A colleague of the same organisation, who may import too, learns nothing of it: the same 404 as no job.
    await createUser(test.db, null, { email: 'colleague@test.rungs', name: 'Colleague', password: TEST_PASSWORD, role: 'faculty', organisationId: accounts.organisations.college })
    const colleague = apiClient(test.db, { config, imports: runner, cookie: await signInCookie(test.db, 'colleague@test.rungs', TEST_PASSWORD) })
    const stranger = await colleague.get(`/import-jobs/${id}`)
    expect(stranger.status).toBe(404)
    expect(stranger.body.error.message).toBe(`Import job ${id} does not exist`)
    expect((await as('viewer').get(`/import-jobs/${id}`)).status).toBe(403)
    expect((await as('anonymous').get(`/import-jobs/${id}`)).status).toBe(401)
  })

  it('marks jobs a stop interrupted as failed, with nothing of them written, and those a restart finds too', async () => {
    const before = await fingerprint(test.db)
    const stopping = new ImportRunner(test.db, worker ? test.connection : null)
    const client = apiClient(test.db, { config, imports: stopping, cookie: await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD) })
    const started = await client.post('/imports/commit', uploadForm(sheet(20000, 'S'), 's.csv'))
    expect(started.status).toBe(202)
    await stopping.stop()
    const job = (await as('faculty').get<ImportJob>(`/import-jobs/${started.body.job.id}`)).body
    if (worker) {
      expect(job).toMatchObject({ status: 'failed', error: { code: 'interrupted' } })
      expect(await fingerprint(test.db)).toEqual(before)
    } else {
      // On this thread a job cannot be cut off: the stop waits for it.
      expect(job.status).toBe('done')
    }
    const left = await insertImportJob(test.db, 'left.csv', accounts.users.faculty.id)
    expect(await failInterruptedImports(test.db)).toBe(1)
    expect((await as('faculty').get<ImportJob>(`/import-jobs/${left}`)).body).toMatchObject({ status: 'failed', error: { code: 'interrupted' } })
  })
})
