// /api/competency-links: requires / equivalent / related / precedes between competencies.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { CompetencyLinkInput, CompetencyLinkPatch, CompetencyLinkQuery } from '../../shared/schemas/framework'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createLink, deleteLink, getLink, listLinks, updateLink } from '../services/competency-links'

export const competencyLinks = new Hono<AppEnv>()
  .get('/', validate('query', CompetencyLinkQuery), async (c) => c.json(await listLinks(c.var.db, c.req.valid('query'))))
  .post('/', validate('json', CompetencyLinkInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createLink(trx, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', validate('param', IdParam), async (c) => c.json(await getLink(c.var.db, c.req.valid('param').id)))
  .patch('/:id', validate('param', IdParam), validate('json', CompetencyLinkPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateLink(trx, id, c.req.valid('json'))))
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteLink(trx, id))
    return c.body(null, 204)
  })
