// npm run bench:reads (and part of npm run bench): how close do ordinary reads come to the bare framework? A real
// server process (rungs serve over a temporary SQLite file with the demo) and a bare Hono app on
// @hono/node-server that answers the same JSON from memory, each driven in turn by the same keep-alive client
// (16 requests in flight) for a few seconds, three interleaved rounds; prints requests a second and p99 of each,
// and the ratio of Rungs to bare. Reads of a demo module and of the demo pathway's road map, anonymous and signed
// in (a session looked up on each request), and a repeat of the module read that sends the ETag it was given
// (Rungs answers 304 without a body; the bare app, which has no tags, sends the JSON again), and the same for the
// road map.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { drive, type Load } from './load'
import { ADMIN, cli, machine, median, signIn, startServer } from './server'

const ROUNDS = 3
const SECONDS = Number(process.env.BENCH_READ_SECONDS ?? 4)
const IN_FLIGHT = 16
const PORTS = { rungs: Number(process.env.BENCH_PORT ?? 3291), bare: Number(process.env.BENCH_PORT ?? 3291) + 1 }
const AIMS = { throughput: 0.4, p99: 3 }

// One kind of request: to Rungs with these headers, answered with this status; to the bare app at /<its index>.
type Case = { name: string; path: string; headers: Record<string, string>; status: number }

async function waitFor(url: string) {
  for (let i = 0; i < 300; i++) {
    if (await fetch(url).then((r) => r.ok, () => false)) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`${url} did not answer`)
}

// The bare framework: the same answers, parsed once and serialised on every request as Rungs does.
const bareScript = (answers: string) => `import { readFileSync } from 'node:fs'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
const answers = JSON.parse(readFileSync(${JSON.stringify(answers)}, 'utf8'))
const app = new Hono()
answers.forEach((body, index) => app.get('/' + index, (c) => c.json(body)))
app.get('/api/health', (c) => c.json({ ok: true }))
serve({ fetch: app.fetch, port: ${PORTS.bare}, hostname: '127.0.0.1' })`

// Keeps IN_FLIGHT requests going for SECONDS on one server.
const load = (port: number, path: string, headers: Record<string, string> = {}, status = 200) => drive({ ports: [port], path, headers, status, seconds: SECONDS, inFlight: IN_FLIGHT })

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'rungs-bench-reads-'))
  const file = join(folder, 'rungs.db')
  const children: ChildProcess[] = []
  try {
    cli(file, ['migrate'])
    cli(file, ['seed'])
    cli(file, ['user', 'add', '--email', ADMIN.email, '--role', 'admin', '--org', 'Bench', '--password', ADMIN.password])
    children.push(await startServer(file, PORTS.rungs))
    const base = `http://127.0.0.1:${PORTS.rungs}`
    const cookie = await signIn(base)
    const listed = (await (await fetch(`${base}/api/pathways`)).json()) as { items: { slug: string }[] }
    const slug = listed.items[0]!.slug
    const roadMap = (await (await fetch(`${base}/api/pathways/${slug}`)).json()) as { stages: { modules: { id: number }[] }[] }
    const moduleId = roadMap.stages[0]!.modules[0]!.id
    const paths = { module: `/api/modules/${moduleId}`, pathway: `/api/pathways/${slug}` }
    const tag = (await fetch(`${base}${paths.module}`)).headers.get('ETag')!
    const pathwayTag = (await fetch(`${base}${paths.pathway}`)).headers.get('ETag')!
    const cases: Case[] = [
      { name: `${paths.module}`, path: paths.module, headers: {}, status: 200 },
      { name: '  signed in', path: paths.module, headers: { Cookie: cookie }, status: 200 },
      { name: '  repeat with its ETag (304)', path: paths.module, headers: { 'If-None-Match': tag }, status: 304 },
      { name: `${paths.pathway}`, path: paths.pathway, headers: {}, status: 200 },
      { name: '  repeat with its ETag (304)', path: paths.pathway, headers: { 'If-None-Match': pathwayTag }, status: 304 },
      { name: '  signed in (partners\' view)', path: paths.pathway, headers: { Cookie: cookie }, status: 200 },
    ]
    const answers = await Promise.all(cases.map(async (c) => (await fetch(`${base}${c.path}`, { headers: c.status === 200 ? c.headers : {} })).json()))
    const answersFile = join(folder, 'answers.json')
    writeFileSync(answersFile, JSON.stringify(answers))
    children.push(spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', bareScript(answersFile)], { stdio: ['ignore', 'ignore', 'inherit'] }))
    await waitFor(`http://127.0.0.1:${PORTS.bare}/api/health`)

    const results = cases.map(() => ({ rungs: [] as Load[], bare: [] as Load[] }))
    for (const c of cases) await load(PORTS.rungs, c.path, c.headers, c.status) // warms each code path and the file's pages
    for (let round = 0; round < ROUNDS; round++) {
      for (const [index, c] of cases.entries()) {
        results[index]!.bare.push(await load(PORTS.bare, `/${index}`))
        results[index]!.rungs.push(await load(PORTS.rungs, c.path, c.headers, c.status))
      }
    }
    console.log(`Reads against bare Hono (${IN_FLIGHT} in flight, ${SECONDS} s each, median of ${ROUNDS} interleaved rounds)`)
    console.log(`${'GET'.padEnd(38)} ${'bare req/s'.padStart(10)} ${'req/s'.padStart(8)} ${'ratio'.padStart(6)} ${'bare p99'.padStart(9)} ${'p99'.padStart(8)} ${'ratio'.padStart(6)}  aim: >= ${AIMS.throughput}x req/s, p99 <= ${AIMS.p99}x`)
    for (const [index, c] of cases.entries()) {
      const { bare, rungs } = results[index]!
      const bareRate = median(bare.map((l) => l.perSecond))
      const rate = median(rungs.map((l) => l.perSecond))
      const bareP99 = median(bare.map((l) => l.p99))
      const p99 = median(rungs.map((l) => l.p99))
      const met = rate / bareRate >= AIMS.throughput && p99 / bareP99 <= AIMS.p99 ? 'met' : 'MISSED'
      console.log(
        `${c.name.padEnd(38)} ${Math.round(bareRate).toLocaleString('en').padStart(10)} ${Math.round(rate).toLocaleString('en').padStart(8)} ${`${(rate / bareRate).toFixed(2)}x`.padStart(6)} ${`${bareP99.toFixed(1)} ms`.padStart(9)} ${`${p99.toFixed(1)} ms`.padStart(8)} ${`${(p99 / bareP99).toFixed(1)}x`.padStart(6)}  ${met}`,
      )
    }
    console.log(machine('the client shares them'))
  } finally {
    for (const child of children) child.kill('SIGTERM')
    await new Promise((r) => setTimeout(r, 500))
    rmSync(folder, { recursive: true, force: true })
  }
}

await main()
