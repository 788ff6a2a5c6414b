// Starting tests/support/serve-process.ts as a child process and learning its port.
import { spawn, type ChildProcess } from 'node:child_process'
import type { ConnectOptions } from '../../server/db/connect'

export type ServerProcess = {
  child: ChildProcess
  // Everything it printed, stdout and stderr interleaved.
  output: string[]
  // Resolves with the port once it says it is serving; rejects if it exits first.
  port: Promise<number>
  exited: Promise<number | null>
}

// Spawns a server over `connection`; `start` prepares the database first as `rungs start` does.
export function spawnServer(connection: ConnectOptions, options: { start?: boolean } = {}): ServerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/serve-process.ts'], {
    env: { ...process.env, RUNGS_TEST_CONNECTION: JSON.stringify(connection), RUNGS_TEST_START: options.start ? '1' : '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const output: string[] = []
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const port = new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output.push(String(chunk))
      const found = /serving on http:\/\/localhost:(\d+)/.exec(output.join(''))?.[1]
      if (found) resolve(Number(found))
    })
    child.stderr!.on('data', (chunk: Buffer) => output.push(String(chunk)))
    void exited.then((code) => reject(new Error(`The server exited with ${code} before serving: ${output.join('')}`)))
  })
  port.catch(() => {})
  return { child, output, port, exited }
}

// Stops a server process: SIGTERM, then SIGKILL if it has not exited within `graceMs`.
export async function stopServer(server: ServerProcess, graceMs = 10_000): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return
  server.child.kill('SIGTERM')
  const timer = setTimeout(() => server.child.kill('SIGKILL'), graceMs)
  await server.exited
  clearTimeout(timer)
}
