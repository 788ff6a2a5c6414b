// Signs a script in by its personal API token (`Authorization: Bearer rungs_…`). Runs after the session, so
// that a token, when sent, decides who acts. CSRF checks stay with cookies (middleware/csrf.ts): a browser never
// adds this header to a cross-site request on its own, so a forged request cannot carry a token.
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors'
import { resolveApiToken } from '../services/auth/api-tokens'
import { enforceLimits } from '../services/rate-limit'
import type { AppEnv } from './context'

export type TokenLimits = { windowMs: number; perToken: number }

// A script may send 600 requests a minute per token: bulk loads run, a runaway loop is stopped.
export const TOKEN_LIMITS: TokenLimits = { windowMs: 60_000, perToken: 600 }

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])
const BEARER = /^Bearer\s+(\S+)\s*$/i

// Resolves a Bearer token to its person; refuses an unknown one (401), a write with a read-only one (403) and a
// token over its rate limit (429).
export const apiTokenMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const header = c.req.header('authorization')
  if (header === undefined) return next()
  const secret = BEARER.exec(header)?.[1]
  if (!secret) {
    c.header('WWW-Authenticate', 'Bearer')
    throw new AppError('invalid_token', 401, 'The Authorization header must be "Bearer" followed by a Rungs API token.')
  }
  const holder = await resolveApiToken(c.var.db, secret).catch((error: unknown) => {
    c.header('WWW-Authenticate', 'Bearer error="invalid_token"')
    throw error
  })
  const limits = c.var.config.tokenLimits
  await enforceLimits(c.var.db, [{ subject: `api-token:${holder.token.id}`, limit: limits.perToken }], limits.windowMs)
  if (holder.token.scope === 'read' && !SAFE_METHODS.has(c.req.method)) {
    throw new AppError('read_only_token', 403, 'This API token is read-only; create a read-and-write token to change data.')
  }
  c.set('user', holder.user)
  c.set('apiToken', holder.token)
  await next()
}
