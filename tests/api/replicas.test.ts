// Two replicas on one PostgreSQL database, as behind a load balancer: two real server processes start at the same
// moment on a fresh schema (one migrates and loads the demo, the other waits its turn and finds them), both
// become ready, a session made on one works on the other, and of two edits of the same module version sent
// through both at once exactly one wins while the other is told 409, and a pathway's analysis computed through one
// is read through the other from the database, not computed again. Runs when TEST_DATABASE_URL is set.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { TEST_PASSWORD } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { spawnServer, stopServer, type ServerProcess } from '../support/server-process'

// Starting two processes, each loading the server and one of them migrating and seeding, on a loaded machine.
const START_MS = 90_000

type Replica = { server: ServerProcess; origin: string }

// A JSON request to a replica as the web app on that replica's origin sends it.
async function call(replica: Replica, method: string, path: string, options: { cookie?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = { Origin: replica.origin }
  if (options.cookie) headers.Cookie = options.cookie
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${replica.origin}/api${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}

// Resolves once the replica answers /api/ready with 200 (it may say 503 while another replica migrates).
async function ready(replica: Replica): Promise<void> {
  for (;;) {
    if ((await call(replica, 'GET', '/ready')).status === 200) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe.skipIf(!testDialects.includes('postgres'))('two replicas on one PostgreSQL database', () => {
  let test: TestDb
  const replicas: Replica[] = []
  const servers: ServerProcess[] = []

  beforeAll(async () => {
    test = await createTestDb('postgres', { empty: true })
    servers.push(spawnServer(test.connection, { start: true }), spawnServer(test.connection, { start: true }))
    const ports = await Promise.all(servers.map((server) => server.port))
    for (const [i, port] of ports.entries()) replicas.push({ server: servers[i]!, origin: `http://127.0.0.1:${port}` })
    await Promise.all(replicas.map(ready))
  }, START_MS)

  afterAll(async () => {
    await Promise.all(servers.map((server) => stopServer(server)))
    await test?.destroy()
  }, 30_000)

  it('both start: one migrates and loads the demo, the other finds them', async () => {
    const logs = servers.map((server) => server.output.join(''))
    expect(logs.filter((log) => log.includes('Loaded the demo'))).toHaveLength(1)
    expect(logs.filter((log) => log.includes('The database already holds data; the demo was not loaded'))).toHaveLength(1)
    const frameworks = await test.db.selectFrom('frameworks').select('uuid').execute()
    expect(new Set(frameworks.map((f) => f.uuid)).size).toBe(frameworks.length)
    expect(frameworks.length).toBeGreaterThan(0)
  })

  it('keeps a session made on one replica on the other, and lets exactly one of two edits of a version win', async () => {
    const [a, b] = replicas as [Replica, Replica]
    await createUser(test.db, null, { email: 'admin@replicas.test', name: 'Replica Admin', password: TEST_PASSWORD, role: 'admin' })
    const login = await call(a, 'POST', '/auth/login', { body: { email: 'admin@replicas.test', password: TEST_PASSWORD } })
    expect(login.status).toBe(200)
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('rungs_session='))!.split(';')[0]!
    expect((await call(b, 'GET', '/auth/me', { cookie })).body.user.email).toBe('admin@replicas.test')

    const listed = await call(b, 'GET', '/modules?limit=1', { cookie })
    const id = listed.body.items[0].id as number
    const before = await call(a, 'GET', `/modules/${id}`, { cookie })
    const edits = await Promise.all([
      call(a, 'PATCH', `/modules/${id}`, { cookie, body: { version: before.body.version, title: 'Saved through replica A' } }),
      call(b, 'PATCH', `/modules/${id}`, { cookie, body: { version: before.body.version, title: 'Saved through replica B' } }),
    ])
    expect(edits.map((e) => e.status).sort()).toEqual([200, 409])
    const loser = edits.find((e) => e.status === 409)!
    expect(loser.body.error.code).toBe('stale_version')
    const winner = edits.find((e) => e.status === 200)!

    const seen = await Promise.all(replicas.map((replica) => call(replica, 'GET', `/modules/${id}`, { cookie })))
    for (const answer of seen) expect(answer.body).toMatchObject({ version: before.body.version + 1, title: winner.body.title })
    expect(seen[0]!.body).toEqual(seen[1]!.body)
  })

  it("reads a pathway's analysis that the other replica computed and stored, without computing it again", async () => {
    const [a, b] = replicas as [Replica, Replica]
    const login = await call(b, 'POST', '/auth/login', { body: { email: 'admin@replicas.test', password: TEST_PASSWORD } })
    const cookie = login.headers.getSetCookie().find((c) => c.startsWith('rungs_session='))!.split(';')[0]!
    const { slug } = (await call(a, 'GET', '/pathways?limit=1', { cookie })).body.items[0] as { slug: string }
    const computed = await call(a, 'GET', `/pathways/${slug}/findings`, { cookie })
    expect(computed.status).toBe(200)
    const computations = () => test.db.selectFrom('analysis_leases').select('computations').where('scope', '=', 'all').execute()
    expect(await computations()).toEqual([{ computations: 1 }])
    const read = await call(b, 'GET', `/pathways/${slug}/findings`, { cookie })
    expect(read.body).toEqual(computed.body)
    expect(read.headers.get('ETag')).toBe(computed.headers.get('ETag'))
    expect(await computations()).toEqual([{ computations: 1 }])
  })
})
