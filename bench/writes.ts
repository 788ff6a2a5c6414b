// npm run bench:writes (and part of npm run bench): concurrent module edits in one pathway, through the service
// layer as the API runs them (one transaction per save), with the pathway's input version kept by triggers
// ("rollup") against the same database without them ("bare": the analysis_versions counters only, which no two
// writers of different modules share). Every writer edits a module of its own, all placed on the demo pathway,
// so any queueing between them is on what they share. Prints edits a second and p99 of a save, median of 3
// interleaved runs, and the ratio rollup to bare, on PostgreSQL (when it answers) and on SQLite.
// BENCH_WRITERS (default 8) and BENCH_WRITES_SECONDS (default 5) change the load.
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import pg from 'pg'
import { connect, type ConnectOptions, type Db } from '../server/db/connect'
import { migrateToLatest } from '../server/db/migrate'
import { seedDemo } from '../server/services/seed'
import { updateModule } from '../server/services/modules/write'
import type { Actor } from '../shared/domain/permissions'
import { fmt, machine, median, quantile } from './server'

const RUNS = 3
const WRITERS = Number(process.env.BENCH_WRITERS ?? 8)
const SECONDS = Number(process.env.BENCH_WRITES_SECONDS ?? 5)
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
const PATHWAY = 'advanced-manufacturing'

type Variant = 'rollup' | 'bare'
type Figures = { perSecond: number; p99: number; versionMoves: boolean }
type Setup = { db: Db; admin: Actor; modules: number[]; pathwayId: number; done: () => Promise<void> }

// The triggers on analysis_versions: what keeps each pathway's input version from its counters.
async function dropRollup(db: Db, dialect: ConnectOptions['dialect']): Promise<void> {
  if (dialect === 'postgres') {
    const { rows } = await sql<{ name: string }>`select tgname as name from pg_trigger where tgrelid = 'analysis_versions'::regclass and not tgisinternal`.execute(db)
    for (const { name } of rows) await sql.raw(`drop trigger ${name} on analysis_versions`).execute(db)
  } else {
    const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'trigger' and tbl_name = 'analysis_versions'`.execute(db)
    for (const { name } of rows) await sql.raw(`drop trigger ${name}`).execute(db)
  }
}

// A database holding the demo, on PostgreSQL in a schema of its own or SQLite in a temporary file.
async function setUp(dialect: ConnectOptions['dialect'], variant: Variant): Promise<Setup> {
  let options: ConnectOptions
  let cleanUp: () => Promise<void>
  if (dialect === 'postgres') {
    const schema = `bench_writes_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: PG_URL })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    await admin.end()
    options = { dialect, url: PG_URL, searchPath: schema }
    cleanUp = async () => {
      const client = new pg.Client({ connectionString: PG_URL })
      await client.connect()
      await client.query(`drop schema ${schema} cascade`)
      await client.end()
    }
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-writes-'))
    options = { dialect, file: join(folder, 'rungs.db') }
    cleanUp = async () => rmSync(folder, { recursive: true, force: true })
  }
  const db = connect(options)
  await migrateToLatest(db)
  await seedDemo(db)
  if (variant === 'bare') await dropRollup(db, dialect)
  const pathway = await db.selectFrom('pathways').select('id').where('slug', '=', PATHWAY).executeTakeFirstOrThrow()
  const placed = await db.selectFrom('pathway_modules').select('moduleId').where('pathwayId', '=', pathway.id).orderBy('moduleId').execute()
  if (placed.length < WRITERS) throw new Error(`The demo pathway places ${placed.length} modules, fewer than ${WRITERS} writers`)
  const user = await db.selectFrom('users').select(['id', 'organisationId']).where('role', '=', 'admin').orderBy('id').executeTakeFirstOrThrow()
  return {
    db,
    admin: { id: user.id, role: 'admin', organisationId: user.organisationId },
    modules: placed.slice(0, WRITERS).map((p) => p.moduleId),
    pathwayId: pathway.id,
    done: async () => {
      await db.destroy()
      await cleanUp()
    },
  }
}

// The pathway's input version as the rollup holds it (0 without one).
async function rollupOf(db: Db, pathwayId: number): Promise<number> {
  const { rows } = await sql<{ v: number | string | null }>`select sum(version) as v from pathway_input_versions where pathway_id = ${pathwayId}`.execute(db)
  return Number(rows[0]?.v ?? 0)
}

// Each writer saves its module again and again for SECONDS, each save at the version it read.
async function measure({ db, admin, modules, pathwayId }: Setup): Promise<Figures> {
  const before = await rollupOf(db, pathwayId)
  const times: number[] = []
  const until = performance.now() + SECONDS * 1000
  const writer = async (id: number) => {
    let version = (await db.selectFrom('modules').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version
    for (let n = 0; performance.now() < until; n++) {
      const start = performance.now()
      const saved = await db.transaction().execute((trx) => updateModule(trx, admin, id, { version, title: `Edited by the bench ${n}` }))
      times.push(performance.now() - start)
      version = saved.version
    }
  }
  const started = performance.now()
  await Promise.all(modules.map(writer))
  const perSecond = times.length / ((performance.now() - started) / 1000)
  return { perSecond, p99: quantile(times, 0.99), versionMoves: (await rollupOf(db, pathwayId)) > before }
}

async function postgresAnswers(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

async function bench(dialect: ConnectOptions['dialect']): Promise<void> {
  const figures: Record<Variant, Figures[]> = { rollup: [], bare: [] }
  for (let run = 0; run < RUNS; run++) {
    for (const variant of ['rollup', 'bare'] as const) {
      const setup = await setUp(dialect, variant)
      try {
        figures[variant].push(await measure(setup))
      } finally {
        await setup.done()
      }
    }
  }
  const rate = (v: Variant) => median(figures[v].map((f) => f.perSecond))
  const p99 = (v: Variant) => median(figures[v].map((f) => f.p99))
  console.log(`\n${dialect}: ${WRITERS} writers, each saving its own module of one pathway for ${SECONDS} s, median of ${RUNS} interleaved runs`)
  for (const v of ['rollup', 'bare'] as const) console.log(`  ${v.padEnd(6)} ${rate(v).toFixed(1)} saves/s, p99 ${fmt(p99(v))}`)
  console.log(`  rollup / bare: throughput ${(rate('rollup') / rate('bare')).toFixed(2)}x, p99 ${(p99('rollup') / p99('bare')).toFixed(2)}x`)
  if (!figures.rollup.every((f) => f.versionMoves)) throw new Error('A run of saves left the pathway input version where it was')
}

console.log(`bench:writes — concurrent edits of one pathway's modules (${machine()})`)
if (await postgresAnswers()) await bench('postgres')
else console.log(`\npostgres: skipped (nothing answers at ${PG_URL}; set BENCH_DATABASE_URL)`)
await bench('sqlite')
