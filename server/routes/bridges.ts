// /api/bridges: the bridge builder. What target modules need of basic skills above an entry level, and a
// bridge or integrated module created from that list.
import { Hono } from 'hono'
import { BridgeInput, BridgePlanQuery } from '../../shared/schemas/bridge'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { createBridge } from '../services/bridges/create'
import { planBridge } from '../services/bridges/plan'

export const bridges = new Hono<AppEnv>()
  .get('/plan', requireReader, validate('query', BridgePlanQuery), async (c) =>
    c.json(await planBridge(c.var.db, c.var.user ?? null, c.req.valid('query'))),
  )
  .post('/', requirePermission('bridge:write'), validate('json', BridgeInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createBridge(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
