import { readdirSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)

// The spec files run in E2E_WORKERS lanes side by side (default 1: on a two-core machine already busy, two lanes
// were no faster). Each lane has a server and a demo database of its own, on E2E_PORT plus its number, and runs
// its files one after another: specs that count the demo's modules or findings never see another lane's writes.
// Files are dealt to the lanes in turn by name, which splits the tests about evenly.
const lanes = Math.max(1, Number(process.env.E2E_WORKERS ?? 1))
const specs = readdirSync('tests/e2e').filter((name) => name.endsWith('.spec.ts')).sort()
const laneSpecs = (lane: number) => specs.filter((_, index) => index % lanes === lane).map((name) => `**/tests/e2e/${name}`)

// Browser tests run in Debian's Chromium against the real server, seeded with the demo pathway in a fresh file.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: lanes,
  retries: 0,
  reporter: [['list']],
  // Tests wait on states; on a busy two-core machine a page can take several seconds to reach one.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  projects: Array.from({ length: lanes }, (_, lane) => ({
    name: `lane-${lane + 1}`,
    testMatch: laneSpecs(lane),
    workers: 1,
    use: { baseURL: `http://127.0.0.1:${port + lane}` },
  })),
  webServer: Array.from({ length: lanes }, (_, lane) => ({
    command: `rm -f test-results/e2e-${port + lane}.db* && node --import tsx server/cli.ts start --port ${port + lane}`,
    url: `http://127.0.0.1:${port + lane}/api/health`,
    // A crosswalk matrix of over 10,000 cells is refused, so export-bounds.spec.ts meets the limit with a small pathway
    // (the demo's is 93 competencies by 15 modules).
    env: { RUNGS_DB: `test-results/e2e-${port + lane}.db`, DATABASE_URL: '', RUNGS_MATRIX_MAX_CELLS: '10000' },
    reuseExistingServer: false,
    // The lanes' servers start and seed their demo at the same time.
    timeout: 120_000,
  })),
})
