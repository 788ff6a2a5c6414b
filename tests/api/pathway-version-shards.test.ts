// The pathway input version in shards (migration 20261215T700000), on PostgreSQL: two transactions editing
// different modules of one pathway do not wait for each other on the pathway's version (with one row per
// pathway the second waited until the first committed), and the version still moves with each commit.
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dataVersion } from '../../server/services/analysis-cache/version'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule, makePathway } from '../support/factories'

const SHARDS = 128

describe.runIf(testDialects.includes('postgres'))('the pathway input version on PostgreSQL', () => {
  let test: TestDb
  const clients: pg.Client[] = []
  let pathwayId: number
  let modules: number[]

  // A connection to the test's database (and its schema, when it has one of its own), and its backend's process id.
  async function client(): Promise<{ client: pg.Client; pid: number }> {
    const { connection } = test
    if (connection.dialect !== 'postgres') throw new Error('PostgreSQL only')
    const options = connection.searchPath ? `-c search_path=${connection.searchPath}` : undefined
    const client = new pg.Client({ connectionString: connection.url, options })
    await client.connect()
    clients.push(client)
    const { rows } = await client.query<{ pid: number }>('select pg_backend_pid() as pid')
    return { client, pid: rows[0]!.pid }
  }

  beforeAll(async () => {
    test = await createTestDb('postgres')
    modules = [(await makeModule(test.db, { status: 'approved' })).id, (await makeModule(test.db, { status: 'approved' })).id]
    pathwayId = (await makePathway(test.db, { modules: modules.map((moduleId, i) => ({ moduleId, stage: i + 1 })) })).id
  })

  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end()))
    await test.destroy()
  })

  it('lets two writers of one pathway commit in any order without waiting for each other', async () => {
    const first = await client()
    // A second connection in another shard (two whose ids share a remainder would meet on a row, as before).
    let second = await client()
    while (second.pid % SHARDS === first.pid % SHARDS) second = await client()
    const before = await dataVersion(test.db, pathwayId)

    await first.client.query('begin')
    await first.client.query('update modules set title = $1 where id = $2', ['First writer', modules[0]])
    await second.client.query('begin')
    // With one row per pathway this waited for the first writer, and gave up after the timeout.
    await second.client.query(`set local lock_timeout = '3s'`)
    await second.client.query('update modules set title = $1 where id = $2', ['Second writer', modules[1]])
    await second.client.query('commit')
    const afterSecond = await dataVersion(test.db, pathwayId)
    expect(afterSecond.input).not.toBe(before.input)

    await first.client.query('commit')
    const afterFirst = await dataVersion(test.db, pathwayId)
    expect(afterFirst.input).not.toBe(afterSecond.input)
    const shards = await test.db.selectFrom('pathway_input_versions').select('shard').where('pathwayId', '=', pathwayId).execute()
    const bumped = shards.map((s) => s.shard)
    expect(bumped).toContain(first.pid % SHARDS)
    expect(bumped).toContain(second.pid % SHARDS)
  })
})
