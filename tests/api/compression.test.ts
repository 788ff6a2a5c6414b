// Compression by content negotiation: the web app's files go as the brotli or gzip copy the build made, large
// JSON answers are compressed on the fly, and every answer decodes to the same bytes as the uncompressed one.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompressFolder } from '../../scripts/web-build/precompress'
import { createApp } from '../../server/app'
import { createTestDb, testDialects, type TestDb } from '../support/database'

const SCRIPT = Array.from({ length: 400 }, (_, i) => `export const value${i} = ${JSON.stringify(`module ${i} of the road map`)}`).join('\n')

async function fetchRaw(app: ReturnType<typeof createApp>, path: string, acceptEncoding?: string) {
  const response = await app.request(path, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} })
  return { status: response.status, headers: response.headers, body: Buffer.from(await response.arrayBuffer()) }
}

describe.each(testDialects)('compression on %s', (dialect) => {
  let test: TestDb
  let webRoot: string
  let app: ReturnType<typeof createApp>
  beforeAll(async () => {
    test = await createTestDb(dialect)
    webRoot = mkdtempSync(join(tmpdir(), 'rungs-web-'))
    mkdirSync(join(webRoot, 'assets'))
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><div id="root"></div>')
    writeFileSync(join(webRoot, 'assets', 'app-1a2b3c.js'), SCRIPT)
    app = createApp({ db: test.db, webRoot })
  })
  afterAll(async () => {
    rmSync(webRoot, { recursive: true, force: true })
    await test.destroy()
  })

  it('precompresses the large text files of a build and leaves small ones as they are', async () => {
    expect(await precompressFolder(webRoot)).toEqual([join(webRoot, 'assets', 'app-1a2b3c.js')])
  })

  it('sends a built file as brotli, else gzip, else as it is, always varying on Accept-Encoding', async () => {
    const br = await fetchRaw(app, '/assets/app-1a2b3c.js', 'gzip, deflate, br, zstd')
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('content-type')).toContain('javascript')
    expect(br.headers.get('vary')).toContain('Accept-Encoding')
    expect(br.headers.get('cache-control')).toContain('immutable')
    expect(Number(br.headers.get('content-length'))).toBe(br.body.length)
    expect(br.body.length).toBeLessThan(SCRIPT.length / 4)
    expect(brotliDecompressSync(br.body).toString()).toBe(SCRIPT)

    const gz = await fetchRaw(app, '/assets/app-1a2b3c.js', 'gzip, deflate')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gz.headers.get('vary')).toContain('Accept-Encoding')
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT)

    const plain = await fetchRaw(app, '/assets/app-1a2b3c.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    expect(plain.body.toString()).toBe(SCRIPT)
  })

  it('compresses a large JSON answer for a client that accepts it, and leaves small ones and other clients alone', async () => {
    const plain = await fetchRaw(app, '/api/occupations?limit=100')
    expect(plain.status).toBe(200)
    expect(plain.body.length).toBeGreaterThan(1024)
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toContain('Accept-Encoding')
    const decoded = JSON.parse(plain.body.toString())

    const br = await fetchRaw(app, '/api/occupations?limit=100', 'gzip, deflate, br')
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toContain('Accept-Encoding')
    expect(br.body.length).toBeLessThan(plain.body.length / 2)
    expect(JSON.parse(brotliDecompressSync(br.body).toString())).toEqual(decoded)

    const gz = await fetchRaw(app, '/api/occupations?limit=100', 'gzip;q=1, br;q=0.5')
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(gunzipSync(gz.body).toString())).toEqual(decoded)

    const small = await fetchRaw(app, '/api/health', 'gzip, br')
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(JSON.parse(small.body.toString())).toEqual({ ok: true })
  })
})
