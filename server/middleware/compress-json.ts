// JSON answers of 1 KB or more go compressed to clients that accept it: brotli when offered, else gzip.
// JSON answers are built whole in memory, so measuring one first costs nothing; small ones go as they are,
// where compressing would cost more time than the bytes it saves. zlib runs on libuv's threads, off the
// event loop.
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

export const COMPRESS_JSON_FROM_BYTES = 1024

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)
// Brotli's quality 5 compresses JSON better than gzip's best at a fraction of quality 11's time.
const ENCODERS = {
  br: (body: Buffer) => brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }),
  gzip: (body: Buffer) => gzipAsync(body),
} as const
type Encoding = keyof typeof ENCODERS

// The encoding to answer in: br or gzip as the client ranks them by q (br first on a tie), or null for none.
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | null {
  let best: { encoding: Encoding; q: number } | null = null
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';')
    if (name !== 'br' && name !== 'gzip') continue
    const q = Number(/^\s*q=([\d.]+)/.exec(params.find((p) => /^\s*q=/.test(p)) ?? '')?.[1] ?? 1)
    if (q > 0 && (!best || q > best.q || (q === best.q && name === 'br'))) best = { encoding: name, q }
  }
  return best?.encoding ?? null
}

// Only the response's headers are touched until it is compressed: reading its body (or c.header() after the
// handler, which rebuilds it) turns @hono/node-server's lightweight response into a web stream, costing more than
// the rest of a small read.
export const compressJson: MiddlewareHandler = async (c, next) => {
  await next()
  const response = c.res
  if (!/^application\/json\b/.test(response.headers.get('Content-Type') ?? '') || response.headers.has('Content-Encoding')) return
  response.headers.append('Vary', 'Accept-Encoding')
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'))
  if (!encoding || c.req.method === 'HEAD') return
  const body = Buffer.from(await response.arrayBuffer())
  const init = { status: response.status, headers: response.headers }
  if (body.length < COMPRESS_JSON_FROM_BYTES) {
    c.res = new Response(body, init)
    return
  }
  c.res = new Response(await ENCODERS[encoding](body), init)
  c.res.headers.set('Content-Encoding', encoding)
  c.res.headers.delete('Content-Length')
  // A strong validator names exact bytes, which the compressed answer no longer has.
  const etag = c.res.headers.get('ETag')
  if (etag && !etag.startsWith('W/')) c.res.headers.set('ETag', `W/${etag}`)
}
