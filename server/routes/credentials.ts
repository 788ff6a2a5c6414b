// /api/credentials: certificates, certifications, degrees... and how they stack.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { CredentialInput, CredentialPatch, CredentialQuery } from '../../shared/schemas/credential'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createCredential, deleteCredential, getCredential, listCredentials, updateCredential } from '../services/credentials'

export const credentials = new Hono<AppEnv>()
  .get('/', validate('query', CredentialQuery), async (c) => c.json(await listCredentials(c.var.db, c.req.valid('query'))))
  .post('/', validate('json', CredentialInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createCredential(trx, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', validate('param', IdParam), async (c) => c.json(await getCredential(c.var.db, c.req.valid('param').id)))
  .patch('/:id', validate('param', IdParam), validate('json', CredentialPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateCredential(trx, id, c.req.valid('json'))))
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteCredential(trx, id))
    return c.body(null, 204)
  })
