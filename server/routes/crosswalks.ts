// /api/crosswalks: proposed equivalent / related pairs between two frameworks' items with the coverage of one by
// the other, and a reviewer's decisions on them (accepted pairs become competency links).
import { Hono } from 'hono'
import { CrosswalkDecisionsInput, CrosswalkQuery } from '../../shared/schemas/crosswalk'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { decideCrosswalk } from '../services/crosswalks/decide'
import { crosswalkBetween } from '../services/crosswalks/read'

export const crosswalks = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', CrosswalkQuery), async (c) => c.json(await crosswalkBetween(c.var.db, c.var.user ?? null, c.req.valid('query'))))
  // All the batch or nothing: one transaction.
  .post('/decisions', requirePermission('framework:write'), validate('json', CrosswalkDecisionsInput), async (c) =>
    c.json(await c.var.db.transaction().execute((trx) => decideCrosswalk(trx, c.var.user!, c.req.valid('json')))),
  )
