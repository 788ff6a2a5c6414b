// /api/import-jobs: where a large framework import committed as a job stands (people who may import; a job only
// to its creator and admins).
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { getImportJob } from '../services/import/jobs'

export const importJobs = new Hono<AppEnv>().get('/:id', requirePermission('framework:write'), validate('param', IdParam), async (c) =>
  c.json(await getImportJob(c.var.db, c.var.imports, c.var.user!, c.req.valid('param').id)),
)
