// /api/users: account administration, for admins, including anyone's API tokens (listed and revoked with a session).
import { Hono } from 'hono'
import { UserInput, UserPatch, UserQuery } from '../../shared/schemas/account'
import { IdParam } from '../../shared/schemas/common'
import { PersonTokenParam } from '../../shared/schemas/api-tokens'
import { requirePermission, requireSessionNotToken } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { listTokensOfPerson, revokeTokenOfPerson } from '../services/auth/api-tokens'
import { createUser, getUser, listUsers, updateUser } from '../services/users'

export const users = new Hono<AppEnv>()
  .use(requirePermission('users:manage'))
  .get('/', validate('query', UserQuery), async (c) => c.json(await listUsers(c.var.db, c.req.valid('query'))))
  .post('/', validate('json', UserInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createUser(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', validate('param', IdParam), async (c) => c.json(await getUser(c.var.db, c.req.valid('param').id)))
  .patch('/:id', validate('param', IdParam), validate('json', UserPatch), async (c) => {
    const { id } = c.req.valid('param')
    const updated = await c.var.db.transaction().execute((trx) => updateUser(trx, c.var.user!, id, c.req.valid('json')))
    return c.json(updated)
  })
  .get('/:id/tokens', requireSessionNotToken, validate('param', IdParam), async (c) => c.json(await listTokensOfPerson(c.var.db, c.req.valid('param').id)))
  .delete('/:id/tokens/:tokenId', requireSessionNotToken, validate('param', PersonTokenParam), async (c) => {
    const { id, tokenId } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => revokeTokenOfPerson(trx, c.var.user!, id, tokenId))
    return c.body(null, 204)
  })
