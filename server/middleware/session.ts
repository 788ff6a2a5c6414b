// Reads the session cookie and puts the signed-in person (if any) on c.var.user.
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { Context, MiddlewareHandler } from 'hono'
import { resolveSession } from '../services/auth/sessions'
import type { AppEnv } from './context'

export const SESSION_COOKIE = 'rungs_session'

// True when the browser reached the app over HTTPS (directly or, as the proxy says, through it).
export const isHttps = (c: Context) => new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https'

// Resolves the session of every API request; an unknown or expired cookie is cleared.
export const sessionMiddleware: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE)
  if (token) {
    const user = await resolveSession(c.var.db, token)
    if (user) c.set('user', user)
    else deleteCookie(c, SESSION_COOKIE, { path: '/' })
  }
  await next()
}

// Sets the session cookie: httpOnly, SameSite=Lax, Secure over HTTPS, expiring with the session.
export function setSessionCookie(c: Context, token: string, expiresAt: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    expires: new Date(expiresAt),
  })
}

// Removes the session cookie from the browser.
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: isHttps(c) })
}
