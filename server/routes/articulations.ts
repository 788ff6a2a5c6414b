// /api/articulations: agreements that one piece of learning earns credit for a module.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { ArticulationInput, ArticulationPatch, ArticulationQuery } from '../../shared/schemas/credential'
import { requirePermission, requireReader } from '../middleware/authorize'
import { ArticulationListAnswer } from '../../shared/schemas/answers/credential'
import { ArticulationAnswer } from '../../shared/schemas/answers/module'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import {
  createArticulation,
  deleteArticulation,
  getArticulation,
  listArticulations,
  updateArticulation,
} from '../services/articulations'

export const articulations = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', ArticulationQuery), answers(ArticulationListAnswer), async (c) =>
    c.json((await listArticulations(c.var.db, c.req.valid('query'), c.var.user ?? null)) satisfies ArticulationListAnswer),
  )
  .post('/', requirePermission('credential:write'), validate('json', ArticulationInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createArticulation(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', requireReader, validate('param', IdParam), answers(ArticulationAnswer), async (c) =>
    c.json((await getArticulation(c.var.db, c.req.valid('param').id, c.var.user ?? null)) satisfies ArticulationAnswer),
  )
  .patch('/:id', requirePermission('credential:write'), validate('param', IdParam), validate('json', ArticulationPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateArticulation(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission('credential:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteArticulation(trx, c.var.user!, id))
    return c.body(null, 204)
  })
