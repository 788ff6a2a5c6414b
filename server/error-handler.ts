// The one place where thrown errors become HTTP answers.
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { fromConstraintViolation } from './db/constraint-errors'
import { AppError } from './errors'

// Answers AppErrors with their status; anything unexpected is logged and answered 500 without internals.
export function handleError(error: Error, c: Context): Response {
  const known = error instanceof AppError ? error : fromConstraintViolation(error)
  if (known) {
    const retryAfter = (known.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds
    if (typeof retryAfter === 'number') c.header('Retry-After', String(retryAfter))
    return c.json({ error: { code: known.code, message: known.message, details: known.details } }, known.status)
  }
  if (error instanceof HTTPException) {
    const code = error.status === 400 ? 'bad_request' : 'http_error'
    return c.json({ error: { code, message: error.message || 'Bad request' } }, error.status)
  }
  console.error('Unhandled error', c.req.method, c.req.path, error)
  return c.json({ error: { code: 'internal', message: 'Something went wrong on the server' } }, 500)
}
