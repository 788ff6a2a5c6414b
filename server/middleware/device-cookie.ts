// The device cookie: set on each successful sign-in, sent back only to /api/auth, so that the browser is known
// to the accounts signed in on it and an attacker's failures on those accounts do not lock it out.
import { getCookie, setCookie } from 'hono/cookie'
import type { Context } from 'hono'
import { DEVICE_REMEMBERED_MS } from '../services/auth/sessions'
import { isHttps } from './session'

export const DEVICE_COOKIE = 'rungs_device'

// The device token the browser sent, when it has the shape of one.
export function deviceToken(c: Context): string | undefined {
  const token = getCookie(c, DEVICE_COOKIE)
  return token && /^[\w-]{43}$/.test(token) ? token : undefined
}

// Keeps the device token in the browser for as long as the server remembers the device.
export function setDeviceCookie(c: Context, token: string): void {
  setCookie(c, DEVICE_COOKIE, token, {
    path: '/api/auth',
    httpOnly: true,
    sameSite: 'Lax',
    secure: isHttps(c),
    maxAge: DEVICE_REMEMBERED_MS / 1000,
  })
}
