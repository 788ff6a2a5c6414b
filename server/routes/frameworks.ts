// /api/frameworks: skill standards and their competency trees.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { FrameworkInput, FrameworkPatch, FrameworkQuery } from '../../shared/schemas/framework'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import {
  listFrameworks,
  createFramework, deleteFramework, getFramework, getFrameworkTree, updateFramework } from '../services/frameworks'

export const frameworks = new Hono<AppEnv>()
  .get('/', validate('query', FrameworkQuery), async (c) => c.json(await listFrameworks(c.var.db, c.req.valid('query'))))
  .post('/', validate('json', FrameworkInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createFramework(trx, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', validate('param', IdParam), async (c) => c.json(await getFramework(c.var.db, c.req.valid('param').id)))
  .get('/:id/tree', validate('param', IdParam), async (c) =>
    c.json(await getFrameworkTree(c.var.db, c.req.valid('param').id)),
  )
  .patch('/:id', validate('param', IdParam), validate('json', FrameworkPatch), async (c) => {
    const { id } = c.req.valid('param')
    const updated = await c.var.db.transaction().execute((trx) => updateFramework(trx, id, c.req.valid('json')))
    return c.json(updated)
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteFramework(trx, id))
    return c.body(null, 204)
  })
