// npm run bench:engine (and part of npm run bench): the analysis engine inside a real server process (this one:
// the app serves on a port while the bench drives the engine directly, as the findings page's background
// recomputation does). Over the statewide catalogue (bench/generate.ts) it prints, median of 3 interleaved runs:
// - one statewide analysis stored as the findings page has it computed (computeAndStore: workers load the
//   pathway, analyse it and write its findings into a new snapshot), wall and CPU time, against a bare scan of
//   the alignments measured in the same run, as a ratio;
// - GET /api/health p99 idle vs while two statewide analyses (two scopes) run at once, as a ratio to idle;
// - the process's peak RSS during one analysis and during two (every thread), and its RSS 30 s after the last
//   (idle threads stopped);
// - the same statewide analysis on PostgreSQL (its own throwaway schema; the workers load their input from it
//   and write the findings there) vs on SQLite, as a ratio.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { connect, type Db } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { startServer } from '../server/index'
import { findPathwayBySlug } from '../server/db/queries/pathways'
import { collectGarbage } from '../server/services/analysis/collect-garbage'
import { computeAndStore } from '../server/services/analysis-cache/store'
import { scopeOf, type Scope } from '../server/services/analysis-cache/scope'
import { poolSettings, poolState } from '../server/services/analysis/pool'
import { copyToPostgres } from './copy-to-postgres'
import { bareScan, CATALOGUE_VIEWER, generateCatalogue, PATHWAY_SLUG } from './generate'
import { fmt, machine, median, probeWhile, quantile } from './server'

const RUNS = 3
const PORT = Number(process.env.BENCH_PORT ?? 3293)
const BASE = `http://127.0.0.1:${PORT}`
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const AIMS = { analysisMs: 2000, scanRatio: 5, healthRatio: 5, peakMb: 600, afterMb: 300, afterSeconds: 30 }
const MB = 1024 * 1024

const rss = () => process.memoryUsage().rss / MB
const mb = (n: number) => `${Math.round(n).toLocaleString('en')} MB`
const met = (ok: boolean) => (ok ? 'met' : 'MISSED')
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

// The highest RSS of this process (every thread) until `until` settles, sampled every 50 ms.
async function peakRssWhile(until: Promise<unknown>): Promise<number> {
  let peak = rss()
  const timer = setInterval(() => (peak = Math.max(peak, rss())), 50)
  await until.finally(() => clearInterval(timer))
  return Math.max(peak, rss())
}

type Phase = { p99: number; p50: number; probes: number; peak: number; ms: number }

async function phase(work: () => Promise<unknown>): Promise<Phase> {
  const start = performance.now()
  const running = work()
  const [times, peak] = await Promise.all([probeWhile(BASE, running), peakRssWhile(running)])
  return { p50: quantile(times, 0.5), p99: quantile(times, 0.99), probes: times.length, peak, ms: performance.now() - start }
}

// The two scopes analysed at once: the admins' and the public's (two people opening the findings page).
const SCOPES: readonly Scope[] = [scopeOf(CATALOGUE_VIEWER), scopeOf(null)]

// Wall and CPU time (the whole process's, every thread: a busy machine inflates it less) of `work`, with the
// process's peak RSS meanwhile.
type Timed = { ms: number; cpu: number; peak: number }

async function timed(work: () => Promise<unknown>): Promise<Timed> {
  const cpu = process.cpuUsage()
  const start = performance.now()
  const peak = await peakRssWhile(work())
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - start, cpu: (used.user + used.system) / 1000, peak }
}

// One statewide analysis stored for the scope, as the findings page's recomputation stores it.
async function storedAnalysis(db: Db, scope: Scope = SCOPES[0]!): Promise<void> {
  const pathway = await findPathwayBySlug(db, PATHWAY_SLUG)
  await computeAndStore(db, { id: pathway!.id, slug: PATHWAY_SLUG }, scope, `bench-${performance.now()}`)
}

// Two statewide analyses asked for at once, for two scopes.
const twoAnalyses = (db: Db) => () => Promise.all(SCOPES.map((scope) => storedAnalysis(db, scope)))

// RSS every second for `seconds` after the work; the first second it was under `mb`.
async function settle(seconds: number, under: number): Promise<{ after: number; underAt: number | null }> {
  let underAt: number | null = null
  for (let s = 1; s <= seconds; s++) {
    await sleep(1000)
    if (underAt === null && rss() < under) underAt = s
  }
  return { after: rss(), underAt }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-engine-'))
  const file = join(folder, 'rungs.db')
  const schema = `rungs_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: PG_URL })
  let stop: (() => Promise<void>) | undefined
  let postgres: Db | undefined
  try {
    const setup = connect({ dialect: 'sqlite', file })
    await migrateToLatest(setup)
    await setup.destroy()
    let start = performance.now()
    generateCatalogue(file)
    console.log(`Engine bench: the statewide catalogue generated in ${fmt(performance.now() - start)}`)
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    postgres = connect({ dialect: 'postgres', url: PG_URL, searchPath: schema })
    await migrateToLatest(postgres)
    start = performance.now()
    const copied = await copyToPostgres(file, PG_URL, schema)
    console.log(`copied ${copied.toLocaleString('en')} rows into PostgreSQL schema ${schema} in ${fmt(performance.now() - start)}`)

    const db = connect({ dialect: 'sqlite', file })
    stop = (await startServer(db, { connection: { dialect: 'sqlite', file }, port: PORT, host: '127.0.0.1' })).stop
    // A first analysis starts the analysis thread and compiles its code; the figures are of warm runs.
    await storedAnalysis(db)
    collectGarbage()
    const idle: Phase[] = []
    const busy: Phase[] = []
    const onSqlite: Timed[] = []
    const onPostgres: Timed[] = []
    const scans: number[] = []
    for (let run = 0; run < RUNS; run++) {
      idle.push(await phase(() => sleep(3000)))
      busy.push(await phase(twoAnalyses(db)))
      const scan = performance.now()
      bareScan(file)
      scans.push(performance.now() - scan)
      onSqlite.push(await timed(() => storedAnalysis(db)))
      onPostgres.push(await timed(() => storedAnalysis(postgres!)))
    }
    const settled = await settle(AIMS.afterSeconds, AIMS.afterMb)
    const pick = (phases: Phase[], f: (p: Phase) => number) => median(phases.map(f))
    const rest = { p50: pick(idle, (p) => p.p50), p99: pick(idle, (p) => p.p99), peak: pick(idle, (p) => p.peak) }
    const during = { p50: pick(busy, (p) => p.p50), p99: pick(busy, (p) => p.p99), peak: pick(busy, (p) => p.peak), ms: pick(busy, (p) => p.ms) }
    const worst = Math.max(...busy.map((p) => p.peak))
    const settings = poolSettings()

    console.log(`\n${'GET /api/health while'.padEnd(40)} ${'p50'.padStart(9)} ${'p99'.padStart(9)} ${'p99/idle'.padStart(9)} ${'peak RSS'.padStart(9)}`)
    for (const [label, p] of [['idle', rest], ['two statewide analyses run at once', during]] as const) {
      console.log(`${label.padEnd(40)} ${fmt(p.p50).padStart(9)} ${fmt(p.p99).padStart(9)} ${`${(p.p99 / rest.p99).toFixed(1)}x`.padStart(9)} ${mb(p.peak).padStart(9)}`)
    }
    console.log(`aims: health p99 <= ${AIMS.healthRatio}x idle: ${met(during.p99 <= AIMS.healthRatio * rest.p99)}; peak RSS during two <= ${mb(AIMS.peakMb)}: ${met(during.peak <= AIMS.peakMb)} (highest of the runs ${mb(worst)})`)
    console.log(
      `RSS ${AIMS.afterSeconds} s after the last analysis: ${mb(settled.after)} (under ${mb(AIMS.afterMb)} after ${settled.underAt ?? 'more than ' + AIMS.afterSeconds} s; ` +
        `threads now ${poolState().threads}); aim under ${mb(AIMS.afterMb)} within ${AIMS.afterSeconds} s: ${met(settled.underAt !== null)}`,
    )
    console.log(`two analyses at once took ${fmt(during.ms)} (median) on ${settings.threads} analysis thread${settings.threads === 1 ? '' : 's'} (queue ${settings.queue}, idle stop ${settings.idleMs / 1000} s)`)
    const sqlite = { ms: median(onSqlite.map((t) => t.ms)), cpu: median(onSqlite.map((t) => t.cpu)), peak: median(onSqlite.map((t) => t.peak)) }
    const onPg = { ms: median(onPostgres.map((t) => t.ms)), cpu: median(onPostgres.map((t) => t.cpu)) }
    const scan = median(scans)
    console.log(
      `statewide analysis stored (SQLite): ${fmt(sqlite.ms)} wall, ${fmt(sqlite.cpu)} CPU; bare scan of the alignments ${fmt(scan)}: ` +
        `${(sqlite.ms / scan).toFixed(1)}x; aims < ${fmt(AIMS.analysisMs)}: ${met(sqlite.ms < AIMS.analysisMs)}, <= ${AIMS.scanRatio}x the scan: ${met(sqlite.ms <= AIMS.scanRatio * scan)}`,
    )
    console.log(`peak RSS during one statewide analysis: ${mb(sqlite.peak)} (highest of the runs ${mb(Math.max(...onSqlite.map((t) => t.peak)))}); aim <= ${mb(AIMS.peakMb)}: ${met(sqlite.peak <= AIMS.peakMb)}`)
    console.log(`statewide analysis stored: SQLite ${fmt(sqlite.ms)}, PostgreSQL ${fmt(onPg.ms)} (${(onPg.ms / sqlite.ms).toFixed(2)}x SQLite; CPU ${fmt(onPg.cpu)}, ${(onPg.cpu / sqlite.cpu).toFixed(2)}x); the workers load the input and write the findings on both`)
    const runs = (ts: Timed[]) => ts.map((t) => Math.round(t.ms)).join(', ')
    console.log(`runs (ms): SQLite ${runs(onSqlite)}; PostgreSQL ${runs(onPostgres)}; bare scan ${scans.map(Math.round).join(', ')}; two at once ${busy.map((p) => Math.round(p.ms)).join(', ')}`)
    console.log(`Median of ${RUNS} interleaved runs each; health probed one after another, 5 ms apart; RSS of this process (every thread) sampled every 50 ms.`)
    console.log(machine())
  } finally {
    await stop?.()
    await postgres?.destroy()
    await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined)
    await admin.end().catch(() => undefined)
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
process.exit(0)
