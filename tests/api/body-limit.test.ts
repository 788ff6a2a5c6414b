// Issue 12, hole 3: every request body under /api and /ims is limited (1 MB by default, more only where
// uploads need it), and reading stops at the limit, also for a chunked body that never ends.
import { request as httpRequest } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../server/app'
import { BODY_LIMITS } from '../../server/middleware/body-limit'
import { createTestAccounts, TEST_PASSWORD, type TestAccounts } from '../support/accounts'
import { APP_ORIGIN, signInCookie } from '../support/api'
import { createTestDb, testDialects, type TestDb } from '../support/database'
import { makeModule } from '../support/factories'
import { rowCounts } from '../support/row-counts'

const CHUNK = 64 * 1024

// A JSON-looking body that never ends, counting how many bytes the server has pulled from it.
function endlessBody() {
  const pulled = { bytes: 0 }
  const chunk = new Uint8Array(CHUNK).fill(0x20)
  chunk[0] = 0x7b // "{"
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled.bytes += CHUNK
      controller.enqueue(chunk)
    },
  }, { highWaterMark: 0 })
  return { stream, pulled }
}

const bigJson = (bytes: number) => JSON.stringify({ email: 'a@b.org', password: 'x', padding: 'p'.repeat(bytes) })

describe.each(testDialects)('request body limits on %s', (dialect) => {
  let test: TestDb
  let accounts: TestAccounts
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    accounts = await createTestAccounts(test.db)
    app = createApp({ db: test.db })
  })
  afterAll(() => test.destroy())

  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}, method = 'POST') =>
    app.request(path, { method, body, headers: { Origin: APP_ORIGIN, 'Content-Type': 'application/json', ...headers }, duplex: 'half' } as RequestInit)

  it('answers 413 naming the limit to a sign-in over 1 MB, and writes nothing', async () => {
    const before = await rowCounts(test.db)
    const answer = await post('/api/auth/login', bigJson(2 * 1024 * 1024))
    expect(answer.status).toBe(413)
    const body = await answer.json()
    expect(body.error).toMatchObject({ code: 'too_large', message: 'The request body is over the limit of 1 MB', details: { limitBytes: BODY_LIMITS.default } })
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('refuses a declared length over the limit before reading anything', async () => {
    const { stream, pulled } = endlessBody()
    const answer = await post('/api/auth/login', stream, { 'Content-Length': String(200 * 1024 * 1024) })
    expect(answer.status).toBe(413)
    expect(pulled.bytes).toBe(0)
  })

  it('stops reading an endless chunked body at the limit: the route never sees it', async () => {
    const before = await rowCounts(test.db)
    const { stream, pulled } = endlessBody()
    const answer = await post('/api/auth/login', stream)
    expect(answer.status).toBe(413)
    expect((await answer.json()).error.code).toBe('too_large')
    // The limit, and the chunk that crossed it.
    expect(pulled.bytes).toBeLessThanOrEqual(BODY_LIMITS.default + CHUNK)
    expect(await rowCounts(test.db)).toEqual(before)
  })

  it('limits the public reviewer links and the CASE API alike', async () => {
    const review = await post('/api/review/not-a-token/suggestions', bigJson(1.5 * 1024 * 1024))
    expect(review.status).toBe(413)
    const { stream } = endlessBody()
    const ims = await post('/ims/case/v1p0/CFDocuments', stream)
    expect(ims.status).toBe(413)
  })

  it('gives module saves and uploads more room, but only to people signed in', async () => {
    const module = await makeModule(test.db)
    const cookie = { Cookie: await signInCookie(test.db, accounts.users.faculty.email, TEST_PASSWORD) }
    // 2 MB of rich text: past the default, within the module limit, so the schema answers (the document is too big).
    const description = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x'.repeat(2 * 1024 * 1024) }] }] }
    const body = JSON.stringify({ version: 1, description })
    const signedIn = await post(`/api/modules/${module.id}`, body, cookie, 'PATCH')
    expect(signedIn.status).toBe(422)
    expect((await signedIn.json()).error.message).toContain('limited to 200000 characters')
    const anonymous = await post(`/api/modules/${module.id}`, body, {}, 'PATCH')
    expect(anonymous.status).toBe(413)
    const tooBig = await post(`/api/modules/${module.id}`, JSON.stringify({ version: 1, padding: 'x'.repeat(5 * 1024 * 1024) }), cookie, 'PATCH')
    expect(tooBig.status).toBe(413)
    expect((await tooBig.json()).error.message).toContain('limit of 4 MB')

    const form = new FormData()
    form.append('file', new File([new Uint8Array(2 * 1024 * 1024).fill(0x41)], 'big.csv'))
    const upload = await app.request('/api/imports/preview', { method: 'POST', body: form, headers: { Origin: APP_ORIGIN, ...cookie } })
    expect(upload.status).toBe(200)
    const anonymousUpload = await app.request('/api/imports/preview', { method: 'POST', body: form, headers: { Origin: APP_ORIGIN } })
    expect(anonymousUpload.status).toBe(413)
  })
})

describe('an endless upload to a running server', () => {
  let test: TestDb
  let server: ReturnType<typeof serve>
  let port: number
  beforeAll(async () => {
    test = await createTestDb('sqlite')
    server = serve({ fetch: createApp({ db: test.db }).fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await test.destroy()
  })

  it('is answered 413 and cut off, however long the client keeps sending', async () => {
    const chunk = Buffer.alloc(CHUNK, 0x20)
    const outcome = await new Promise<{ status: number | undefined; sent: number }>((resolve, reject) => {
      let sent = 0
      let status: number | undefined
      const req = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/api/auth/login', headers: { 'Content-Type': 'application/json', Origin: `http://127.0.0.1:${port}`, 'Transfer-Encoding': 'chunked' } })
      req.on('response', (res) => {
        status = res.statusCode
        res.resume()
      })
      const send = () => {
        // Keep sending until the server hangs up, as an attacker would.
        while (!req.destroyed && sent < 1024 * 1024 * 1024) {
          sent += CHUNK
          if (!req.write(chunk)) return void req.once('drain', send)
        }
      }
      req.on('error', () => resolve({ status, sent }))
      req.on('close', () => resolve({ status, sent }))
      setTimeout(() => reject(new Error(`still sending after ${sent} bytes`)), 20_000).unref()
      send()
    })
    expect(outcome.status).toBe(413)
    // The server drains a little after answering, then closes the connection: far below what the client would send.
    expect(outcome.sent).toBeLessThan(100 * 1024 * 1024)
  }, 30_000)
})
