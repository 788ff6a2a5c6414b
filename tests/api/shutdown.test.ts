// Graceful shutdown of a real server process: SIGTERM stops accepting, the request in flight is answered (and
// its connection closed with it), the database is closed and the process exits 0.
import { request } from 'node:http'
import { connect as connectSocket } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/services/users'
import { TEST_PASSWORD } from '../support/accounts'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { spawnServer } from '../support/server-process'

// Resolves once the port refuses new connections.
async function refusing(port: number): Promise<void> {
  for (;;) {
    const refused = await new Promise<boolean>((resolve) => {
      const socket = connectSocket(port, '127.0.0.1')
      socket.once('connect', () => {
        socket.destroy()
        resolve(false)
      })
      socket.once('error', () => resolve(true))
    })
    if (refused) return
  }
}

describe.each(testDialects)('graceful shutdown on %s', (dialect) => {
  let test: TestDb
  beforeAll(async () => {
    test = await createTestDb(dialect, { file: true })
    await createUser(test.db, null, { email: 'slow@test.rungs', name: 'Slow', password: TEST_PASSWORD, role: 'viewer' })
  })
  afterAll(() => test.destroy())

  it('answers the request in flight after SIGTERM, refuses new connections, and exits 0', async () => {
    const { child, output, exited, port: serving } = spawnServer(test.connection)
    const port = await serving

    // A sign-in whose body is sent only after the server has begun to stop: the server takes the request
    // (100 Continue), then SIGTERM arrives, then the body.
    const body = JSON.stringify({ email: 'slow@test.rungs', password: TEST_PASSWORD })
    const answered = new Promise<{ status: number; connection: string | undefined; text: string }>((resolve, reject) => {
      const slow = request({
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/api/auth/login',
        headers: {
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(body),
          Origin: `http://127.0.0.1:${port}`,
          Expect: '100-continue',
        },
      })
      slow.once('continue', () => {
        child.kill('SIGTERM')
        void refusing(port).then(() => slow.end(body))
      })
      slow.once('response', (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.once('end', () => resolve({ status: response.statusCode!, connection: response.headers.connection, text: Buffer.concat(chunks).toString() }))
      })
      slow.once('error', reject)
    })
    const answer = await answered
    expect(answer.status).toBe(200)
    expect(JSON.parse(answer.text).user.email).toBe('slow@test.rungs')
    expect(answer.connection).toBe('close')
    expect(await exited).toBe(0)
    expect(output.join('')).toContain('SIGTERM: finishing the requests in flight, then stopping')
    expect(output.join('')).toContain('Rungs has stopped')
  })
})
