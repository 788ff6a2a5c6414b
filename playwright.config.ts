import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)

// Browser tests run in Debian's Chromium against the real server, seeded with the demo pathway in a fresh file.
export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/e2e-${port}`,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Tests wait on states; on a busy two-core machine a page can take several seconds to reach one.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `rm -f test-results/e2e-${port}.db* && node --import tsx server/cli.ts start --port ${port}`,
    url: `http://127.0.0.1:${port}/api/health`,
    // A crosswalk matrix of over 10,000 cells is refused, so export-bounds.spec.ts meets the limit with a small pathway
    // (the demo's is 93 competencies by 15 modules).
    env: { RUNGS_DB: `test-results/e2e-${port}.db`, DATABASE_URL: '', RUNGS_MATRIX_MAX_CELLS: '10000' },
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
