// A real server process (rungs serve on a temporary SQLite file) for the benches that measure it from outside:
// starting it, signing in, and timing GET /api/health one request after another while other work runs.
// BENCH_SERVER_ROOT=<checkout> runs another checkout's server (e.g. older code) against the same load.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { availableParallelism, loadavg } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ConnectOptions } from '../server/db/connect'

export const ROOT = resolve(process.env.BENCH_SERVER_ROOT ?? fileURLToPath(new URL('..', import.meta.url)))
export const ADMIN = { email: 'bench@rungs.example', password: 'bench-password-2026' }

export const fmt = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n).toLocaleString('en')} ms`
export const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!
export const quantile = (xs: number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!
}

// The machine the figures were taken on: its CPUs and load, which inflate wall times.
export const machine = (note = 'other work inflates wall times') =>
  `machine: ${availableParallelism()} CPUs, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} (${note})`

// Runs a `rungs` command of the checkout on the file; throws with its stderr when it fails.
export function cli(file: string, args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/cli.ts'), ...args], { env: { ...process.env, RUNGS_DB: file }, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`rungs ${args[0]} failed: ${run.stderr}`)
}

// startServer of the checkout in a process of its own (without the web app's files, which the API does not need).
export function startServer(file: string, port: number): Promise<ChildProcess> {
  return startServerOver({ dialect: 'sqlite', file }, port)
}

// The same over any database: a replica on PostgreSQL (`searchPath` names its schema).
export async function startServerOver(options: ConnectOptions, port: number): Promise<ChildProcess> {
  const connection = JSON.stringify(options)
  const script = `import { connect } from ${JSON.stringify(join(ROOT, 'server/db/connect.ts'))}
import { startServer } from ${JSON.stringify(join(ROOT, 'server/index.ts'))}
const connection = ${connection}
await startServer(connect(connection), { connection, port: ${port}, host: '127.0.0.1' })`
  const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { stdio: ['ignore', 'ignore', 'inherit'] })
  for (let i = 0; i < 300; i++) {
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) return child
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error('The server did not start')
}

// Signs the bench's admin in; the session cookie to send.
export async function signIn(base: string): Promise<string> {
  const answer = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify(ADMIN),
  })
  if (!answer.ok) throw new Error(`Sign-in failed: ${answer.status}`)
  return answer.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ')
}

// fetch, once more when the server closed an idle kept-alive connection just as it was reused (Node closes
// them after 5 s; a request sent at that moment fails without reaching the server, or is reset).
export async function call(url: string, init?: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init)
  } catch (error) {
    if (!['UND_ERR_SOCKET', 'ECONNRESET'].includes((error as { cause?: { code?: string } }).cause?.code ?? '')) throw error
    return fetch(url, init)
  }
}

// Times GET /api/health one request after another until `until` settles; the latencies in ms.
export async function probeWhile(base: string, until: Promise<unknown>): Promise<number[]> {
  let done = false
  const finished = until.finally(() => (done = true))
  const times: number[] = []
  while (!done) {
    const start = performance.now()
    // A probe the server drops (a reset while it is stuck) counts with the time it took to fail.
    await call(`${base}/api/health`).then((answer) => answer.arrayBuffer(), () => undefined)
    times.push(performance.now() - start)
    await new Promise((r) => setTimeout(r, 5))
  }
  await finished
  return times
}
