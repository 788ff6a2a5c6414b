// /api/auth: sign in, sign out, and who am I.
import { getCookie } from 'hono/cookie'
import { Hono } from 'hono'
import { LoginInput } from '../../shared/schemas/account'
import { clientAddress } from '../middleware/client-address'
import type { AppEnv } from '../middleware/context'
import { deviceToken, setDeviceCookie } from '../middleware/device-cookie'
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../middleware/session'
import { validate } from '../middleware/validate'
import { signIn, signOut } from '../services/auth/sessions'

export const auth = new Hono<AppEnv>()
  .post('/login', validate('json', LoginInput), async (c) => {
    const source = { address: clientAddress(c), deviceToken: deviceToken(c) }
    const session = await signIn(c.var.db, c.req.valid('json'), source, { limits: c.var.config.signInLimits })
    setSessionCookie(c, session.token, session.expiresAt)
    setDeviceCookie(c, session.deviceToken)
    return c.json({ user: session.user, expiresAt: session.expiresAt })
  })
  .post('/logout', async (c) => {
    const token = getCookie(c, SESSION_COOKIE)
    if (token) await signOut(c.var.db, token)
    clearSessionCookie(c)
    return c.body(null, 204)
  })
  .get('/me', (c) => c.json({ user: c.var.user ?? null }))
