// /api/my/tokens: the signed-in person's API tokens for scripts: list, create (the secret is answered once),
// revoke. Managed with a session only: a token cannot mint or remove tokens, so a leaked one cannot entrench.
import { Hono } from 'hono'
import { ApiTokenInput } from '../../shared/schemas/api-tokens'
import { IdParam } from '../../shared/schemas/common'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { requireSessionNotToken } from '../middleware/authorize'
import { createApiToken, listApiTokens, revokeApiToken } from '../services/auth/api-tokens'

export const apiTokens = new Hono<AppEnv>()
  .use(requireSessionNotToken)
  .get('/', async (c) => c.json(await listApiTokens(c.var.db, c.var.user!)))
  .post('/', validate('json', ApiTokenInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createApiToken(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    await c.var.db.transaction().execute((trx) => revokeApiToken(trx, c.var.user!, c.req.valid('param').id))
    return c.body(null, 204)
  })
