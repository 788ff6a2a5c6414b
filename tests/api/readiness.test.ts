// /api/ready says whether this replica can serve: the database answers and holds every migration of the release.
// /api/health stays liveness and answers whatever the database's state.
import { afterEach, describe, expect, it } from 'vitest'
import { connect } from '../../server/db/connect'
import { migrateDown, migrateToLatest } from '../../server/db/migrate'
import { apiClient } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'

describe.each(testDialects)('readiness on %s', (dialect) => {
  let test: TestDb | undefined
  afterEach(() => test?.destroy())

  it('is 503 on an empty database, 200 once migrated, and 503 naming the step when a migration is missing', async () => {
    test = await createTestDb(dialect, { empty: true })
    const api = apiClient(test.db)
    const empty = await api.get('/ready')
    expect(empty.status).toBe(503)
    expect(empty.body.ready).toBe(false)
    expect(empty.body.reason).toMatch(/lacks \d+ migrations of this release \(first: 20261123T110000-create-frameworks\); run "rungs migrate"/)
    expect(empty.headers.get('cache-control')).toBe('no-store')
    expect((await api.get('/health')).status).toBe(200)

    await migrateToLatest(test.db)
    expect(await api.get('/ready')).toMatchObject({ status: 200, body: { ready: true } })

    const [reverted] = await migrateDown(test.db)
    const behind = await api.get('/ready')
    expect(behind.status).toBe(503)
    expect(behind.body.reason).toContain(`lacks 1 migration of this release (first: ${reverted!.replace(/^Down /, '')})`)
  })
})

describe('readiness without a database', () => {
  it('is 503 "cannot be reached" without the address or the driver\'s words, while health stays 200', async () => {
    const db = connect({ dialect: 'postgres', url: 'postgres://nobody@127.0.0.1:1/nothing' })
    try {
      const api = apiClient(db)
      const answer = await api.get('/ready')
      expect(answer.status).toBe(503)
      expect(answer.body).toEqual({ ready: false, reason: 'The database cannot be reached' })
      expect((await api.get('/health')).status).toBe(200)
    } finally {
      await db.destroy()
    }
  })
})
