// Merging frameworks and competencies: POST /api/frameworks/:id/merge and /api/competencies/:id/merge merge the
// body's `sourceId` into the row of the path (one transaction, audited); /merge/preview answers the same summary
// without writing. services/framework-merge/merge.ts says who may.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { MergeInput } from '../../shared/schemas/framework-merge'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { mergeFrameworks, mergeItems, previewFrameworkMerge, previewItemMerge } from '../services/framework-merge/merge'

export const frameworkMerge = new Hono<AppEnv>()
  .post('/frameworks/:id/merge/preview', requirePermission('framework:write'), validate('param', IdParam), validate('json', MergeInput), async (c) =>
    c.json(await previewFrameworkMerge(c.var.db, c.var.user!, c.req.valid('param').id, c.req.valid('json').sourceId)),
  )
  .post('/frameworks/:id/merge', requirePermission('framework:write'), validate('param', IdParam), validate('json', MergeInput), async (c) => {
    const { id } = c.req.valid('param')
    const { sourceId } = c.req.valid('json')
    return c.json(await c.var.db.transaction().execute((trx) => mergeFrameworks(trx, c.var.user!, id, sourceId)))
  })
  .post('/competencies/:id/merge/preview', requirePermission('framework:write'), validate('param', IdParam), validate('json', MergeInput), async (c) =>
    c.json(await previewItemMerge(c.var.db, c.var.user!, c.req.valid('param').id, c.req.valid('json').sourceId)),
  )
  .post('/competencies/:id/merge', requirePermission('framework:write'), validate('param', IdParam), validate('json', MergeInput), async (c) => {
    const { id } = c.req.valid('param')
    const { sourceId } = c.req.valid('json')
    return c.json(await c.var.db.transaction().execute((trx) => mergeItems(trx, c.var.user!, id, sourceId)))
  })
