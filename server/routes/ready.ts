// /api/ready: 200 when this replica can serve (database reachable, migrations current), else 503 with the reason.
import type { Context } from 'hono'
import type { AppEnv } from '../middleware/context'
import { checkReadiness } from '../services/readiness'

export async function ready(c: Context<AppEnv>) {
  const readiness = await checkReadiness(c.var.db)
  c.header('Cache-Control', 'no-store')
  return readiness.ready ? c.json(readiness, 200) : c.json(readiness, 503)
}
