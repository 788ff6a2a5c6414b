// /api/audit: recent changes, filterable by person, row and pathway; for admins.
import { Hono } from 'hono'
import { AuditQuery } from '../../shared/schemas/account'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { listAudit } from '../services/audit'

export const audit = new Hono<AppEnv>().get('/', requirePermission('audit:read'), validate('query', AuditQuery), async (c) =>
  c.json(await listAudit(c.var.db, c.req.valid('query'))),
)
