// /api/levels: the basic-skill level scale and the NRS Educational Functioning Levels, as the state set them.
import { Hono } from 'hono'
import { LevelScalesInput } from '../../shared/schemas/levels'
import { requirePermission, requireReader } from '../middleware/authorize'
import { LevelScalesAnswer } from '../../shared/schemas/answers/levels'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { getLevelScales, replaceLevelScales } from '../services/levels'

export const levels = new Hono<AppEnv>()
  .get('/', requireReader, answers(LevelScalesAnswer), async (c) => c.json((await getLevelScales(c.var.db)) satisfies LevelScalesAnswer))
  .put('/', requirePermission('levels:write'), validate('json', LevelScalesInput), async (c) => {
    const saved = await c.var.db.transaction().execute((trx) => replaceLevelScales(trx, c.var.user!, c.req.valid('json')))
    return c.json(saved)
  })
