// One limit on the size of every request body under /api and /ims, larger only where uploads need it. Reading
// stops at the limit, whether the body declares its length or streams in chunks without one, so a huge or
// endless body costs at most the limit in memory and is answered 413.
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors'
import { LIMITS, megabytes } from '../services/import/limits'
import type { AppEnv } from './context'

const MB = 1024 * 1024

export const BODY_LIMITS = {
  // Any JSON request: a rich-text document is at most 200,000 characters, a pathway's 500 placements ~40 KB.
  default: 1 * MB,
  // A whole module saved at once (description and every outcome as rich text); the demo's largest is 4 KB.
  module: 4 * MB,
  // A framework file or curriculum workbook, with room for the multipart form around it.
  upload: LIMITS.fileBytes + MB,
} as const

// A limiter of `bytes`, refusing with the app's error shape: 413, naming the limit.
function refuseOver(bytes: number, message: string): MiddlewareHandler {
  return bodyLimit({
    maxSize: bytes,
    onError: () => {
      throw new AppError('too_large', 413, message, { limitBytes: bytes })
    },
  })
}

const moduleMessage = `The module is over the limit of ${megabytes(BODY_LIMITS.module)} for one save; shorten the description or outcomes`

// The routes allowed more than the default, for signed-in people only (nobody else may use them, so an
// anonymous caller cannot make the server hold more than the default).
const LARGER = [
  {
    method: 'POST',
    path: /^\/api\/imports\//,
    limiter: refuseOver(BODY_LIMITS.upload, `The upload is over the limit of ${megabytes(LIMITS.fileBytes)}; split the file into smaller ones`),
  },
  { method: 'POST', path: /^\/api\/modules\/?$/, limiter: refuseOver(BODY_LIMITS.module, moduleMessage) },
  { method: 'PATCH', path: /^\/api\/modules\/[^/]+\/?$/, limiter: refuseOver(BODY_LIMITS.module, moduleMessage) },
]

const byDefault = refuseOver(BODY_LIMITS.default, `The request body is over the limit of ${megabytes(BODY_LIMITS.default)}`)

// A pathway package: a whole statewide pathway in one JSON body, up to the configured limit (RUNGS_PACKAGE_MAX_MB).
const PACKAGE_PATH = /^\/api\/packages\/(preview|commit)\/?$/
const packageLimiter = (bytes: number) => refuseOver(bytes, `The package is over the limit of ${megabytes(bytes)}; ask the administrator to raise RUNGS_PACKAGE_MAX_MB`)

// GET and HEAD requests carry no body (the Fetch API gives them none), and asking for one would build the full
// Request object that @hono/node-server otherwise never makes: a third of an ordinary read's cost.
const BODILESS = new Set(['GET', 'HEAD'])

// Limits the body of every request it runs on; runs once the session is known, before anything reads the body.
export const limitBody: MiddlewareHandler<AppEnv> = (c, next) => {
  if (BODILESS.has(c.req.method)) return next()
  if (c.var.user && c.req.method === 'POST' && PACKAGE_PATH.test(c.req.path)) return packageLimiter(c.var.config.packageMaxBytes)(c, next)
  const larger = c.var.user ? LARGER.find((l) => l.method === c.req.method && l.path.test(c.req.path)) : undefined
  return (larger?.limiter ?? byDefault)(c, next)
}
