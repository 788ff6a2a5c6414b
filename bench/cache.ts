// npm run bench:cache (and part of npm run bench): the stored analysis seen from outside, through real server
// processes. Prints, median of 3 runs:
// - a repeated page of the statewide catalogue's findings (bench/generate.ts; 200 findings, signed in as an
//   admin), plain, filtered and repeated with its ETag (304): median and p99 of sequential requests (aim ≤ 50 ms);
// - GET /api/health p99 idle vs while the server recomputes that analysis in the background after a write
//   (the findings page answering meanwhile with the last result, marked updating), as a ratio (aim ≤ 5x, < 100 ms);
// - throughput of one replica vs two on one PostgreSQL database (the demo; a findings page signed in, a module
//   read anonymous), requests a second and p99, as a ratio two to one. The client shares the machine's CPUs.
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { prepareForStart } from '../server/cli/serve-commands'
import { connect, type ConnectOptions } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { createUser } from '../server/services/users'
import { generateCatalogue, PATHWAY_SLUG } from './generate'
import { drive, type Load } from './load'
import { ADMIN, call, cli, fmt, machine, median, probeWhile, quantile, signIn, startServer, startServerOver } from './server'

const RUNS = 3
const REPEATS = 100
const SECONDS = Number(process.env.BENCH_CACHE_SECONDS ?? 4)
const IN_FLIGHT = 16
const PORT = Number(process.env.BENCH_PORT ?? 3295)
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const AIMS = { pageMs: 50, healthRatio: 5, healthMs: 100 }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))
const met = (ok: boolean) => (ok ? 'met' : 'MISSED')

type Answer = { status: number; tag: string | null; updating: boolean }

async function get(url: string, headers: Record<string, string>): Promise<Answer> {
  const answer = await call(url, { headers })
  const text = await answer.text()
  return { status: answer.status, tag: answer.headers.get('ETag'), updating: text ? Boolean((JSON.parse(text) as { updating?: boolean }).updating) : false }
}

// Resolves once the findings are served up to date (the background recomputation is done).
async function untilFresh(url: string, headers: Record<string, string>): Promise<void> {
  for (;;) {
    const answer = await get(url, headers)
    if (answer.status === 200 && !answer.updating) return
    await sleep(250)
  }
}

// `n` requests one after another; their latencies in ms, each checked for `status`.
async function sequential(url: string, headers: Record<string, string>, n: number, status: number): Promise<number[]> {
  const times: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    const answer = await fetch(url, { headers })
    await answer.arrayBuffer()
    if (answer.status !== status) throw new Error(`${url} answered ${answer.status}, not ${status}`)
    times.push(performance.now() - start)
  }
  return times
}

// Keeps IN_FLIGHT requests going for SECONDS, sent in turn to each of the ports.
const load = (ports: readonly number[], path: string, headers: Record<string, string>) => drive({ ports, path, headers, seconds: SECONDS, inFlight: IN_FLIGHT })

async function statewide(folder: string, children: ChildProcess[]) {
  const file = join(folder, 'rungs.db')
  const setup = connect({ dialect: 'sqlite', file })
  await migrateToLatest(setup)
  await setup.destroy()
  let start = performance.now()
  generateCatalogue(file)
  cli(file, ['user', 'add', '--email', ADMIN.email, '--role', 'admin', '--org', 'Bench', '--password', ADMIN.password])
  console.log(`Cache bench: the statewide catalogue generated in ${fmt(performance.now() - start)}`)
  children.push(await startServer(file, PORT))
  const base = `http://127.0.0.1:${PORT}`
  const headers = { Cookie: await signIn(base) }
  const url = `${base}/api/pathways/${PATHWAY_SLUG}/findings?limit=200`
  start = performance.now()
  await untilFresh(url, headers)
  console.log(`first statewide analysis computed and stored in the background in ${fmt(performance.now() - start)}`)

  // The last case's tag is that of the current result, taken at the start of each run.
  const cases: { name: string; url: string; headers: Record<string, string>; status: number }[] = [
    { name: 'findings page (200 of all)', url, headers, status: 200 },
    { name: 'filtered (kind, level, 2nd page)', url: `${url}&kind=uncovered,never_mastered&level=adult&offset=200`, headers, status: 200 },
    { name: 'repeat with its ETag (304)', url, headers: { ...headers, 'If-None-Match': '' }, status: 304 },
  ]
  const pages = cases.map(() => ({ p50: [] as number[], p99: [] as number[] }))
  const health = { idle: [] as number[], busy: [] as number[], recompute: [] as number[] }
  const db = connect({ dialect: 'sqlite', file })
  const moduleId = (await db.selectFrom('modules').select('id').orderBy('id').limit(1).executeTakeFirstOrThrow()).id
  try {
    for (let run = 0; run < RUNS; run++) {
      cases[2]!.headers['If-None-Match'] = (await get(url, headers)).tag!
      for (const [index, c] of cases.entries()) {
        const times = await sequential(c.url, c.headers, REPEATS, c.status)
        pages[index]!.p50.push(quantile(times, 0.5))
        pages[index]!.p99.push(quantile(times, 0.99))
      }
      health.idle.push(quantile(await probeWhile(base, sleep(4000)), 0.99))
      // A write the analysis reads: the next findings request is answered with the last result, marked
      // updating, and starts the recomputation in the background.
      await db.updateTable('modules').set({ clockHours: 100 + run }).where('id', '=', moduleId).execute()
      const started = performance.now()
      if (!(await get(url, headers)).updating) throw new Error('The findings were not marked updating after a write')
      health.busy.push(quantile(await probeWhile(base, untilFresh(url, headers)), 0.99))
      health.recompute.push(performance.now() - started)
    }
  } finally {
    await db.destroy()
  }
  console.log(`Statewide findings from the stored analysis (${REPEATS} sequential requests, median of ${RUNS} runs; aim: ≤ ${AIMS.pageMs} ms)`)
  for (const [index, c] of cases.entries()) {
    const p50 = median(pages[index]!.p50)
    const p99 = median(pages[index]!.p99)
    console.log(`  ${c.name.padEnd(34)} median ${fmt(p50).padStart(7)}  p99 ${fmt(p99).padStart(7)}  ${met(p99 <= AIMS.pageMs)}`)
  }
  const idle = median(health.idle)
  const busy = median(health.busy)
  console.log(
    `/api/health p99 idle ${fmt(idle)}, during a background recomputation ${fmt(busy)} (${(busy / idle).toFixed(1)}x; aim ≤ ${AIMS.healthRatio}x and < ${AIMS.healthMs} ms: ` +
      `${met(busy / idle <= AIMS.healthRatio && busy < AIMS.healthMs)}); the recomputation took ${fmt(median(health.recompute))}`,
  )
}

async function replicas(children: ChildProcess[]) {
  const schema = `rungs_bench_cache_${process.pid}`
  const admin = new pg.Client({ connectionString: PG_URL })
  await admin.connect()
  try {
    await admin.query(`create schema ${schema}`)
    const connection: ConnectOptions = { dialect: 'postgres', url: PG_URL, searchPath: schema }
    const db = connect(connection)
    await prepareForStart(db, () => {})
    await createUser(db, null, { email: ADMIN.email, name: 'Bench', password: ADMIN.password, role: 'admin', organisationId: null })
    await db.destroy()
    const ports = [PORT + 1, PORT + 2]
    for (const port of ports) children.push(await startServerOver(connection, port))
    const base = `http://127.0.0.1:${ports[0]}`
    const cookie = await signIn(base)
    const listed = (await (await fetch(`${base}/api/pathways`)).json()) as { items: { slug: string }[] }
    const slug = listed.items[0]!.slug
    const roadMap = (await (await fetch(`${base}/api/pathways/${slug}`)).json()) as { stages: { modules: { id: number }[] }[] }
    const cases: { name: string; path: string; headers: Record<string, string> }[] = [
      { name: `findings page (${slug})`, path: `/api/pathways/${slug}/findings?limit=200`, headers: { Cookie: cookie } },
      { name: `module read (anonymous)`, path: `/api/modules/${roadMap.stages[0]!.modules[0]!.id}`, headers: {} },
    ]
    const results = cases.map(() => ({ one: [] as Load[], two: [] as Load[] }))
    // The analysis is computed once (a replica that finds the other computing it answers 202 meanwhile).
    await untilFresh(`${base}${cases[0]!.path}`, cases[0]!.headers)
    for (const c of cases) await load(ports, c.path, c.headers) // warms both
    for (let run = 0; run < RUNS; run++) {
      for (const [index, c] of cases.entries()) {
        results[index]!.one.push(await load(ports.slice(0, 1), c.path, c.headers))
        results[index]!.two.push(await load(ports, c.path, c.headers))
      }
    }
    console.log(`One replica vs two on one PostgreSQL (${IN_FLIGHT} in flight, ${SECONDS} s each, round robin, median of ${RUNS} interleaved runs)`)
    for (const [index, c] of cases.entries()) {
      const rate = (loads: Load[]) => median(loads.map((l) => l.perSecond))
      const p99 = (loads: Load[]) => median(loads.map((l) => l.p99))
      const { one, two } = results[index]!
      console.log(
        `  ${c.name.padEnd(42)} one ${Math.round(rate(one)).toLocaleString('en').padStart(6)} req/s p99 ${fmt(p99(one)).padStart(7)}` +
          `   two ${Math.round(rate(two)).toLocaleString('en').padStart(6)} req/s p99 ${fmt(p99(two)).padStart(7)}   ${(rate(two) / rate(one)).toFixed(2)}x req/s, ${(p99(two) / p99(one)).toFixed(2)}x p99`,
      )
    }
  } finally {
    for (const child of children.splice(0)) child.kill('SIGTERM')
    await sleep(1000)
    await admin.query(`drop schema if exists ${schema} cascade`)
    await admin.end()
  }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-cache-'))
  const children: ChildProcess[] = []
  // `tsx bench/cache.ts statewide` or `… replicas` runs one part only.
  const parts = process.argv.slice(2)
  try {
    if (!parts.length || parts.includes('statewide')) await statewide(folder, children)
    for (const child of children.splice(0)) child.kill('SIGTERM')
    if (!parts.length || parts.includes('replicas')) await replicas(children)
    console.log(machine())
  } finally {
    for (const child of children) child.kill('SIGTERM')
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
