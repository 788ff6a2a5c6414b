// /api/competency-links: requires / equivalent / related / precedes between competencies, and the bulk edit of
// basic-skill requirements (POST /requirements: one basic skill added to or removed from many competencies).
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { CompetencyLinkInput, CompetencyLinkPatch, CompetencyLinkQuery, RequirementsBulkInput } from '../../shared/schemas/framework'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createLink, deleteLink, editRequirements, getLink, listLinks, updateLink } from '../services/competency-links'

export const competencyLinks = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', CompetencyLinkQuery), async (c) => c.json(await listLinks(c.var.db, c.req.valid('query'))))
  .post('/', requirePermission('framework:write', 'basic_skill:write'), validate('json', CompetencyLinkInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createLink(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .post('/requirements', requirePermission('framework:write', 'basic_skill:write'), validate('json', RequirementsBulkInput), async (c) =>
    c.json(await c.var.db.transaction().execute((trx) => editRequirements(trx, c.var.user!, c.req.valid('json')))),
  )
  .get('/:id', requireReader, validate('param', IdParam), async (c) => c.json(await getLink(c.var.db, c.req.valid('param').id)))
  .patch('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', IdParam), validate('json', CompetencyLinkPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateLink(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteLink(trx, c.var.user!, id))
    return c.body(null, 204)
  })
