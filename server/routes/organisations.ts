// /api/organisations: the members of the regional partnership.
import { Hono } from 'hono'
import { OrganisationInput } from '../../shared/schemas/account'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createOrganisation, listOrganisations } from '../services/users'

export const organisations = new Hono<AppEnv>()
  .get('/', requireReader, async (c) => c.json({ items: await listOrganisations(c.var.db) }))
  .post('/', requirePermission('users:manage'), validate('json', OrganisationInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createOrganisation(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
