// When PostgreSQL ends an idle pooled connection (a restart, a failover, an administrator's terminate), the
// server logs it and carries on: the next query gets a fresh connection. Unheard, the pool's error event was an
// uncaught exception that stopped the process (seen when a test database was dropped under a live pool).
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { adminQuery } from '../support/template-databases'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.runIf(testDialects.includes('postgres'))('an idle PostgreSQL connection ended by the server', () => {
  let test: TestDb
  beforeAll(async () => {
    test = await createTestDb('postgres')
  })
  afterAll(() => test.destroy())

  it('is logged, and the next query runs on a new connection', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    try {
      const before = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(test.db)
      const pid = before.rows[0]!.pid
      await adminQuery(process.env.TEST_DATABASE_URL!, `select pg_terminate_backend(${pid})`)
      await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('PostgreSQL closed an idle connection:', expect.stringContaining('terminating connection')), { timeout: 15_000 })
      const after = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(test.db)
      expect(after.rows[0]!.pid).not.toBe(pid)
    } finally {
      logged.mockRestore()
    }
  })
})
