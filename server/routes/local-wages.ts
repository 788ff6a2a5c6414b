// /api/local-wages: wages a partnership found for its own region, which its road maps show before national figures.
// Anyone may read them (they appear on public road maps); the people of the owning organisation edit them.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { LocalWageInput, LocalWagePatch, LocalWageQuery } from '../../shared/schemas/labor'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createLocalWage, deleteLocalWage, getLocalWage, listLocalWages, updateLocalWage } from '../services/labor/local-wages'

export const localWages = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', LocalWageQuery), async (c) => c.json(await listLocalWages(c.var.db, c.req.valid('query'))))
  .post('/', requirePermission('pathway:write'), validate('json', LocalWageInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createLocalWage(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', requireReader, validate('param', IdParam), async (c) => c.json(await getLocalWage(c.var.db, c.req.valid('param').id)))
  .patch('/:id', requirePermission('pathway:write'), validate('param', IdParam), validate('json', LocalWagePatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateLocalWage(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission('pathway:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteLocalWage(trx, c.var.user!, id))
    return c.body(null, 204)
  })
