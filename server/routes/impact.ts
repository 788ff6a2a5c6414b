// Change impact: GET /api/modules/:id/used-by, /api/competencies/:id/used-by and /api/credentials/:id/used-by
// list what depends on a row (the parts the reader may see); POST /api/impact previews a proposed removal:
// those dependents and the findings it would raise and clear on each pathway it touches.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { ProposedChangeInput, type UsedBy } from '../../shared/schemas/impact'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { previewChange } from '../services/impact/preview'
import { competencyUsedBy, credentialUsedBy, moduleUsedBy } from '../services/impact/used-by'

const publicPart = ({ subject, dependents }: UsedBy): UsedBy => ({ subject, dependents })

export const impact = new Hono<AppEnv>()
  .get('/modules/:id/used-by', requireReader, validate('param', IdParam), async (c) =>
    c.json(publicPart(await moduleUsedBy(c.var.db, c.var.user ?? null, c.req.valid('param').id))),
  )
  .get('/competencies/:id/used-by', requireReader, validate('param', IdParam), async (c) =>
    c.json(publicPart(await competencyUsedBy(c.var.db, c.var.user ?? null, c.req.valid('param').id))),
  )
  .get('/credentials/:id/used-by', requireReader, validate('param', IdParam), async (c) =>
    c.json(publicPart(await credentialUsedBy(c.var.db, c.var.user ?? null, c.req.valid('param').id))),
  )
  .post('/impact', requirePermission('module:write', 'bridge:write', 'framework:write', 'credential:write'), validate('json', ProposedChangeInput), async (c) =>
    c.json(await previewChange(c.var.db, c.var.user!, c.req.valid('json'))),
  )
