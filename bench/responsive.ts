// npm run bench:responsive (and part of npm run bench): does the server stay responsive under heavy work? A real
// server process (rungs serve) over a temporary SQLite file holding 250,000 competencies; from this process,
// GET /api/health is timed one request after another (p50 and p99) while the server is idle, while 20 competency
// searches run at once, and while a 100,000-row spreadsheet import commits, each as a ratio to idle.
// BENCH_SERVER_ROOT=<checkout> runs another checkout's server (e.g. older code) against the same load (server.ts).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCompetencies, importWorkbook, SEARCH_WORDS } from './generate'
import type { ChildProcess } from 'node:child_process'
import { ADMIN, call, cli, fmt, machine, median, probeWhile, quantile, ROOT, signIn, startServer } from './server'

const COMPETENCIES = 250_000
const IMPORT_ROWS = 100_000
const SEARCHES = 20
const RUNS = 3
const PORT = Number(process.env.BENCH_PORT ?? 3290)
const AIMS = { ratio: 5, p99Ms: 250 }
const BASE = `http://127.0.0.1:${PORT}`

const idle = () => probeWhile(BASE, new Promise((r) => setTimeout(r, 3000)))

// Twenty searches at once, as people signed in (not rate limited), each with words a person might type.
function searches(cookie: string, run: number) {
  const queries = Array.from({ length: SEARCHES }, (_, i) =>
    i % 4 === 0 ? `F${(run * 37 + i * 11) % 250}-${i}` : i % 4 === 1 ? SEARCH_WORDS[(run + i) % SEARCH_WORDS.length]! : `${SEARCH_WORDS[(run + i) % SEARCH_WORDS.length]} ${SEARCH_WORDS[(run * 3 + i * 7) % SEARCH_WORDS.length]}`,
  )
  const start = performance.now()
  return Promise.all(
    queries.map(async (q) => {
      const answer = await call(`${BASE}/api/competencies?limit=20&q=${encodeURIComponent(q)}`, { headers: { Cookie: cookie } })
      if (!answer.ok) throw new Error(`Search ${q} answered ${answer.status}`)
      await answer.arrayBuffer()
    }),
  ).then(() => performance.now() - start)
}

// The import as the Import page sends it; when the server answers 202 with a job, waits for the job to end.
async function importFile(cookie: string, bytes: Buffer, run: number): Promise<number> {
  const start = performance.now()
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)]), `statewide-${run}.xlsx`)
  form.append('options', JSON.stringify({ title: `Statewide import ${run}` }))
  const answer = await fetch(`${BASE}/api/imports/commit`, { method: 'POST', headers: { Cookie: cookie, Origin: BASE }, body: form })
  const body = (await answer.json()) as { job?: { id: number } }
  if (answer.status === 202 && body.job) {
    for (;;) {
      await new Promise((r) => setTimeout(r, 250))
      const job = (await (await call(`${BASE}/api/import-jobs/${body.job.id}`, { headers: { Cookie: cookie } })).json()) as { status: string }
      if (job.status === 'done') break
      if (job.status === 'failed') throw new Error(`The import failed: ${JSON.stringify(job)}`)
    }
  } else if (answer.status !== 201) throw new Error(`The import answered ${answer.status}: ${JSON.stringify(body)}`)
  return performance.now() - start
}

type Phase = { p50: number; p99: number; n: number; took: number }

async function phase(runs: number, load: (run: number) => Promise<number> | null): Promise<Phase> {
  const results: Phase[] = []
  for (let run = 0; run < runs; run++) {
    const work = load(run)
    const times = work ? await probeWhile(BASE, work) : await idle()
    results.push({ p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, took: work ? await work : 3000 })
  }
  return { p50: median(results.map((r) => r.p50)), p99: median(results.map((r) => r.p99)), n: median(results.map((r) => r.n)), took: median(results.map((r) => r.took)) }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-responsive-'))
  const file = join(folder, 'rungs.db')
  let server: ChildProcess | undefined
  try {
    cli(file, ['migrate'])
    let start = performance.now()
    generateCompetencies(file, COMPETENCIES)
    console.log(`Responsiveness bench (${ROOT}): ${COMPETENCIES.toLocaleString('en')} competencies generated in ${fmt(performance.now() - start)}`)
    cli(file, ['user', 'add', '--email', ADMIN.email, '--role', 'admin', '--org', 'Bench', '--password', ADMIN.password])
    server = await startServer(file, PORT)
    const cookie = await signIn(BASE)
    const bytes = importWorkbook(IMPORT_ROWS)
    await searches(cookie, 99) // warms the server's code paths and the file's pages
    start = performance.now()
    const rest = await phase(RUNS, () => null)
    const searching = await phase(RUNS, (run) => searches(cookie, run))
    const importing = await phase(RUNS, (run) => importFile(cookie, bytes, run))
    const met = (p: Phase) => (p.p99 <= AIMS.ratio * rest.p99 && p.p99 < AIMS.p99Ms ? 'met' : 'MISSED')
    const rows: [string, Phase, string][] = [
      ['idle', rest, ''],
      [`${SEARCHES} searches at once`, searching, met(searching)],
      [`${IMPORT_ROWS.toLocaleString('en')}-row import committing`, importing, met(importing)],
    ]
    console.log(`\n${'GET /api/health while'.padEnd(30)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'p99/idle'.padStart(9)} ${'probes'.padStart(7)} ${'work took'.padStart(10)}  aim: p99 <= ${AIMS.ratio}x idle and < ${AIMS.p99Ms} ms`)
    for (const [label, p, aim] of rows) {
      console.log(`${label.padEnd(30)} ${fmt(p.p50).padStart(9)} ${fmt(p.p99).padStart(9)} ${`${(p.p99 / rest.p99).toFixed(1)}x`.padStart(9)} ${String(p.n).padStart(7)} ${fmt(p.took).padStart(10)}  ${aim}`)
    }
    console.log(`Median of ${RUNS} runs each (${fmt(performance.now() - start)} in all); health probed one after another, 5 ms apart.`)
    console.log(machine())
  } finally {
    server?.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
