// A second Rungs server for browser tests that need settings the shared one lacks (RUNGS_ANALYSIS_WAIT_ROWS=0,
// SMTP_URL …): started on a fresh demo database of its own, on E2E_PORT plus an offset, and stopped afterwards.
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync } from 'node:fs'
import { expect, type Page } from '@playwright/test'
import { ACCOUNTS, DEMO_PASSWORD } from './accounts'

export type SecondServer = { base: string; stop: () => Promise<void> }

const portAt = (offset: number) => Number(process.env.E2E_PORT ?? 3100) + offset

// The address of the second server at this offset, known before it starts.
export const secondServerBase = (offset: number): string => `http://127.0.0.1:${portAt(offset)}`

// Starts the server with `env` added and waits until it answers its health check.
export async function startSecondServer(offset: number, name: string, env: Record<string, string>): Promise<SecondServer> {
  const port = portAt(offset)
  const base = secondServerBase(offset)
  const file = `test-results/e2e-${port}-${name}.db`
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/cli.ts', 'start', '--port', String(port)], {
    env: { ...process.env, RUNGS_DB: file, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  await expect
    .poll(() => fetch(`${base}/api/health`).then((r) => r.ok, () => false), { timeout: 170_000, intervals: [250] })
    .toBe(true)
  const stop = async () => {
    if (server.exitCode !== null) return
    const exited = new Promise((resolve) => server.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  return { base, stop }
}

// Signs the page's context in on that server (the shared helpers sign in on the main one).
export async function signInOn(page: Page, base: string, who: keyof typeof ACCOUNTS): Promise<void> {
  const answer = await page.request.post(`${base}/api/auth/login`, { data: { email: ACCOUNTS[who].email, password: DEMO_PASSWORD }, headers: { origin: base } })
  expect(answer.status(), await answer.text()).toBe(200)
}
