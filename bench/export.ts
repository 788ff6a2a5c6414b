// npm run bench:export (and the last part of npm run bench): can an export take the server down? A real server
// process over the statewide catalogue (bench/generate.ts: 50,000 competencies by 20,000 modules, 500,000
// alignments); from this process, GET /api/health is timed one request after another while the server is idle
// and while the whole crosswalk matrix downloads as CSV (streamed: a billion cells, about a gigabyte), with
// the server's peak resident memory meanwhile, each as a ratio to idle in the same run; and how quickly the
// statewide workbook and matrix page are refused (422) instead of built.
import type { ChildProcess } from 'node:child_process'
import { readFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateCatalogue, PATHWAY_SLUG } from './generate'
import { ADMIN, call, cli, fmt, machine, median, probeWhile, quantile, signIn, startServer } from './server'

const RUNS = 3
const PORT = Number(process.env.BENCH_PORT ?? 3291)
const BASE = `http://127.0.0.1:${PORT}`
const AIMS = { ratio: 5, p99Ms: 100, rssMb: 600 }

// The server's resident memory now, in MB (Linux).
function rssOf(pid: number): number {
  const line = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
  return line ? Number(line[1]) / 1024 : NaN
}

// Samples the server's memory every 50 ms until `until` settles; the highest, in MB.
async function peakRssWhile(pid: number, until: Promise<unknown>): Promise<number> {
  let peak = rssOf(pid)
  let done = false
  const finished = until.finally(() => (done = true))
  while (!done) {
    peak = Math.max(peak, rssOf(pid))
    await new Promise((r) => setTimeout(r, 50))
  }
  await finished
  return peak
}

type Download = { took: number; firstByte: number; bytes: number; lines: number }

// The statewide matrix as CSV, read as it arrives and counted, never kept.
async function downloadCsv(cookie: string): Promise<Download> {
  const start = performance.now()
  const answer = await call(`${BASE}/api/pathways/${PATHWAY_SLUG}/export?format=csv&what=matrix`, { headers: { Cookie: cookie } })
  if (answer.status !== 200 || !answer.body) throw new Error(`The CSV export answered ${answer.status}: ${await answer.text()}`)
  let firstByte = 0
  let bytes = 0
  let lines = 0
  const reader = answer.body.getReader()
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    const chunk = next.value
    firstByte ||= performance.now() - start
    bytes += chunk.length
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++
  }
  return { took: performance.now() - start, firstByte, bytes, lines }
}

// How long a refusal takes, and its message.
async function refusal(path: string, cookie: string): Promise<{ ms: number; status: number; message: string }> {
  const start = performance.now()
  const answer = await call(`${BASE}/api${path}`, { headers: { Cookie: cookie } })
  const body = (await answer.json()) as { error?: { message: string } }
  return { ms: performance.now() - start, status: answer.status, message: body.error?.message ?? '' }
}

type Phase = { p50: number; p99: number; n: number; rss: number; download?: Download }

async function idlePhase(pid: number): Promise<Phase> {
  const wait = new Promise((r) => setTimeout(r, 3000))
  const [times, rss] = await Promise.all([probeWhile(BASE, wait), peakRssWhile(pid, wait)])
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, rss }
}

async function exportPhase(pid: number, cookie: string): Promise<Phase> {
  const download = downloadCsv(cookie)
  const [times, rss] = await Promise.all([probeWhile(BASE, download), peakRssWhile(pid, download)])
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), n: times.length, rss, download: await download }
}

function medianPhase(phases: Phase[]): Phase {
  const pick = (f: (p: Phase) => number) => median(phases.map(f))
  return { p50: pick((p) => p.p50), p99: pick((p) => p.p99), n: pick((p) => p.n), rss: pick((p) => p.rss), download: phases.find((p) => p.download)?.download }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-export-'))
  const file = join(folder, 'rungs.db')
  let server: ChildProcess | undefined
  try {
    cli(file, ['migrate'])
    let start = performance.now()
    generateCatalogue(file)
    console.log(`Export bench: the statewide catalogue generated in ${fmt(performance.now() - start)}`)
    cli(file, ['user', 'add', '--email', ADMIN.email, '--role', 'admin', '--org', 'Bench', '--password', ADMIN.password])
    server = await startServer(file, PORT)
    const pid = server.pid!
    const cookie = await signIn(BASE)
    start = performance.now()
    const workbook = await refusal(`/pathways/${PATHWAY_SLUG}/export?format=xlsx`, cookie)
    const matrixPage = await refusal(`/pathways/${PATHWAY_SLUG}/matrix`, cookie)
    // Interleaved: idle, export, idle, export...
    const idle: Phase[] = []
    const exporting: Phase[] = []
    for (let run = 0; run < RUNS; run++) {
      idle.push(await idlePhase(pid))
      exporting.push(await exportPhase(pid, cookie))
    }
    const rest = medianPhase(idle)
    const busy = medianPhase(exporting)
    const download = busy.download!
    const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
    const mb = (n: number) => `${Math.round(n).toLocaleString('en')} MB`
    console.log(`\n${'GET /api/health while'.padEnd(34)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'p99/idle'.padStart(9)} ${'probes'.padStart(7)} ${'peak RSS'.padStart(9)} ${'RSS/idle'.padStart(9)}`)
    for (const [label, p] of [['idle', rest], ['the statewide matrix CSV streams', busy]] as const) {
      console.log(`${label.padEnd(34)} ${fmt(p.p50).padStart(9)} ${fmt(p.p99).padStart(9)} ${`${(p.p99 / rest.p99).toFixed(1)}x`.padStart(9)} ${String(p.n).padStart(7)} ${mb(p.rss).padStart(9)} ${`${(p.rss / rest.rss).toFixed(2)}x`.padStart(9)}`)
    }
    console.log(`aims: health p99 <= ${AIMS.ratio}x idle and < ${AIMS.p99Ms} ms: ${met(busy.p99 <= AIMS.ratio * rest.p99 && busy.p99 < AIMS.p99Ms)}; peak RSS <= ${AIMS.rssMb} MB: ${met(busy.rss <= AIMS.rssMb)}`)
    console.log(
      `CSV export: ${(download.bytes / 1e9).toFixed(2)} GB, ${download.lines.toLocaleString('en')} lines, first byte after ${fmt(download.firstByte)}, ` +
        `all in ${fmt(download.took)} (${Math.round(download.bytes / 1e6 / (download.took / 1000))} MB/s)`,
    )
    console.log(`statewide workbook: ${workbook.status} in ${fmt(workbook.ms)}; matrix page: ${matrixPage.status} in ${fmt(matrixPage.ms)} (${workbook.message})`)
    console.log(`Median of ${RUNS} interleaved runs each (${fmt(performance.now() - start)} in all); health probed one after another, 5 ms apart; RSS sampled every 50 ms.`)
    console.log(machine())
  } finally {
    server?.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
