// Cross-site request forgery protection for every state-changing request, JSON bodies included: a browser
// always sends Origin (or Sec-Fetch-Site) on such requests, so one from another site is refused before it runs.
import { getCookie } from 'hono/cookie'
import type { MiddlewareHandler } from 'hono'
import { AppError } from '../errors'
import type { AppEnv } from './context'
import { SESSION_COOKIE } from './session'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

// Refuses unsafe requests that carry a session cookie (or sign in) unless they come from this origin.
export const csrfMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const needsCheck = !SAFE_METHODS.has(c.req.method) && (getCookie(c, SESSION_COOKIE) !== undefined || c.req.path.endsWith('/auth/login'))
  if (needsCheck) {
    const origin = c.req.header('origin')
    const fetchSite = c.req.header('sec-fetch-site')
    const ownOrigin = new URL(c.req.url).origin
    const sameOrigin = origin !== undefined ? origin === ownOrigin : fetchSite === 'same-origin'
    if (!sameOrigin) {
      throw new AppError('csrf', 403, 'This request did not come from the Rungs web app, so it was refused (cross-site request check).')
    }
  }
  await next()
}
