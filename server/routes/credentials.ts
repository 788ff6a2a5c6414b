// /api/credentials: certificates, certifications, degrees... and how they stack.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { CredentialInput, CredentialPatch, CredentialQuery } from '../../shared/schemas/credential'
import { requirePermission, requireReader } from '../middleware/authorize'
import { CredentialAnswer, CredentialListAnswer } from '../../shared/schemas/answers/credential'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createCredential, deleteCredential, getCredential, listCredentials, updateCredential } from '../services/credentials'

export const credentials = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', CredentialQuery), answers(CredentialListAnswer), async (c) =>
    c.json((await listCredentials(c.var.db, c.req.valid('query'))) satisfies CredentialListAnswer),
  )
  .post('/', requirePermission('credential:write'), validate('json', CredentialInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createCredential(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', requireReader, validate('param', IdParam), answers(CredentialAnswer), async (c) =>
    c.json((await getCredential(c.var.db, c.req.valid('param').id, c.var.user ?? null)) satisfies CredentialAnswer),
  )
  .patch('/:id', requirePermission('credential:write'), validate('param', IdParam), validate('json', CredentialPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateCredential(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission('credential:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteCredential(trx, c.var.user!, id))
    return c.body(null, 204)
  })
