// The analysis threads as a bounded resource: requests beyond the threads and the queue are refused at once
// (429, Retry-After, in words); an idle thread stops; a worker loads its pathway itself on either dialect,
// PostgreSQL included (by its URL); and the matrix CSV is written on the worker and streamed, refusals first.
import { Hono } from 'hono'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { demo } from '../../fixtures/demo/index'
import { handleError } from '../../server/error-handler'
import { analysePathwayBySlug } from '../../server/services/analysis/findings'
import { Busy, configurePool, poolSettings, poolState } from '../../server/services/analysis/pool'
import { reportsOnWorkers } from '../../server/services/analysis/run'
import { workerSource } from '../../server/services/analysis/worker-source'
import { combineReports } from '../../server/services/analysis/report'
import { exportPathway } from '../../server/services/export/report'
import { seedDemo } from '../../server/services/seed/index'
import type { ExportQuery } from '../../shared/schemas/analysis'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const onWorkers = { inlineBelowRows: 0 }
const inline = { inlineBelowRows: Infinity }
const slug = demo.pathway.slug
const defaults = poolSettings()

// Resolves once `check` holds, polling; fails after `ms`.
async function eventually(check: () => boolean, ms = 10_000) {
  const until = Date.now() + ms
  while (!check()) {
    if (Date.now() > until) throw new Error('Timed out waiting')
    await new Promise((r) => setTimeout(r, 20))
  }
}

async function text(body: Buffer | ReadableStream<Uint8Array>): Promise<string> {
  if (Buffer.isBuffer(body)) return body.toString('utf8')
  return new Response(body).text()
}

const csvQuery = (query: Partial<ExportQuery> = {}): ExportQuery => ({ format: 'csv', what: 'matrix', ...query }) as ExportQuery

afterEach(() => configurePool(defaults))

describe.each(testDialects)('analysis workers on %s', (dialect) => {
  let test: TestDb

  beforeAll(async () => {
    test = await createTestDb(dialect, { file: true })
    await seedDemo(test.db)
  })
  afterAll(() => test.destroy())

  it('hand the worker how to connect, and the worker loads and analyses the pathway itself', async () => {
    const source = await workerSource(test.db, slug, null, 0)
    expect(source?.connection.dialect).toBe(dialect)
    if (dialect === 'postgres') expect(source?.connection).toEqual(test.connection)
    // Nothing of this thread's connection is used: the worker reads the database on its own.
    const there = combineReports(await reportsOnWorkers(source!, {}, []))
    const here = await analysePathwayBySlug(test.db, slug, null, {}, inline)
    expect(there.findings.length).toBeGreaterThan(0)
    expect(JSON.stringify(there.findings)).toBe(JSON.stringify(here.findings.map(({ status: _s, decision: _d, ...f }) => f)))
    expect(there.totals).toEqual(here.totals)
  })

  it('streams the matrix CSV written on the worker, the same text as written here', async () => {
    for (const query of [csvQuery(), csvQuery({ level: ['adult'] })]) {
      const there = await exportPathway(test.db, slug, null, query, undefined, onWorkers)
      expect(there.body).toBeInstanceOf(ReadableStream)
      const here = await exportPathway(test.db, slug, null, query, undefined, inline)
      const csv = await text(there.body)
      expect(csv.split('\r\n').length).toBeGreaterThan(50)
      expect(csv).toBe(await text(here.body))
    }
    expect(poolState().running).toBe(0)
  })

  it('refuses an area not in the pathway before any byte, and frees the worker when a download is abandoned', async () => {
    await expect(exportPathway(test.db, slug, null, csvQuery({ area: 987654 }), undefined, onWorkers)).rejects.toMatchObject({ status: 422, code: 'invalid' })
    expect(poolState().running).toBe(0)
    const { body } = await exportPathway(test.db, slug, null, csvQuery(), undefined, onWorkers)
    const reader = (body as ReadableStream<Uint8Array>).getReader()
    expect((await reader.read()).value!.length).toBeGreaterThan(0)
    await reader.cancel()
    await eventually(() => poolState().running === 0 && poolState().idle === poolState().threads)
  })
})

describe('admission to the analysis threads', () => {
  let test: TestDb

  beforeAll(async () => {
    test = await createTestDb('sqlite', { file: true })
    await seedDemo(test.db)
  })
  afterAll(() => test.destroy())

  it('refuses a request beyond the running ones and the queue at once: 429, with how long to wait in words', async () => {
    configurePool({ threads: 1, queue: 1 })
    const results = await Promise.allSettled([1, 2, 3].map(() => analysePathwayBySlug(test.db, slug, null, {}, onWorkers)))
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'fulfilled', 'rejected'])
    const refused = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as Busy
    expect(refused).toBeInstanceOf(Busy)
    expect(refused).toMatchObject({ status: 429, code: 'busy' })
    expect(refused.message).toMatch(/^The server is busy with other analyses \(1 waiting for a thread\)\. Try again in \d+ seconds\.$/)
    expect(poolState()).toMatchObject({ running: 0, waiting: 0 })
  })

  it('answers the refusal with a Retry-After header', async () => {
    const app = new Hono().get('/', () => {
      throw new Busy(3, 12)
    })
    app.onError(handleError)
    const answer = await app.request('/')
    expect(answer.status).toBe(429)
    expect(answer.headers.get('Retry-After')).toBe('12')
    expect(await answer.json()).toMatchObject({ error: { code: 'busy', details: { retryAfterSeconds: 12 } } })
  })

  it('admits everything when no more than the queue waits', async () => {
    configurePool({ threads: 1, queue: 2 })
    const results = await Promise.all([1, 2, 3].map(() => analysePathwayBySlug(test.db, slug, null, {}, onWorkers)))
    expect(new Set(results.map((r) => r.findings.length)).size).toBe(1)
  })

  it('stops a thread that stays idle, and starts one again for the next analysis', async () => {
    configurePool({ idleMs: 200 })
    await analysePathwayBySlug(test.db, slug, null, {}, onWorkers)
    expect(poolState().threads).toBeGreaterThan(0)
    await eventually(() => poolState().threads === 0)
    const again = await analysePathwayBySlug(test.db, slug, null, {}, onWorkers)
    expect(again.findings.length).toBeGreaterThan(0)
  })
})
