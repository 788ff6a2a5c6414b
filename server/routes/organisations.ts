// /api/organisations: the members of the regional partnership.
import { Hono } from 'hono'
import { OrganisationInput } from '../../shared/schemas/account'
import { IdParam } from '../../shared/schemas/common'
import { ReviewersInput } from '../../shared/schemas/workflow'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createOrganisation, listOrganisations } from '../services/users'
import { getReviewers, setReviewers } from '../services/workflow/reviewers'

export const organisations = new Hono<AppEnv>()
  .get('/', requireReader, async (c) => c.json({ items: await listOrganisations(c.var.db) }))
  .post('/', requirePermission('users:manage'), validate('json', OrganisationInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createOrganisation(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  // Who approves the modules and pathways an organisation owns: roles and named people, set by administrators.
  .get('/:id/reviewers', requirePermission('users:manage'), validate('param', IdParam), async (c) =>
    c.json(await getReviewers(c.var.db, c.req.valid('param').id)),
  )
  .put('/:id/reviewers', requirePermission('users:manage'), validate('param', IdParam), validate('json', ReviewersInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => setReviewers(trx, c.var.user!, id, c.req.valid('json'))))
  })
