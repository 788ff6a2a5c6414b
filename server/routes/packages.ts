// Pathway packages (shared/package/schema.ts): GET /api/pathways/:slug/package exports one (?embed=frameworks adds
// each framework as a CASE CFPackage); POST /api/packages/preview says what importing one would do, with its
// problems by JSON path, and /commit imports it in one transaction. The body limit is RUNGS_PACKAGE_MAX_MB.
import { Hono } from 'hono'
import { z } from 'zod'
import { RungsPackage } from '../../shared/package/schema'
import { SlugParam } from '../../shared/schemas/pathway'
import { requirePermission, requireSignedIn } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { answers } from '../middleware/answers'
import { describeBody, validate } from '../middleware/validate'
import { urisFor } from '../services/export-case/shapes'
import { exportPathwayPackage } from '../services/package/export'
import { commitPackage, previewPackage } from '../services/package/index'
import { AppError } from '../errors'
import type { Context } from 'hono'

const PackageQuery = z.object({ embed: z.enum(['frameworks']).optional() })

// The JSON body as sent; the services check it against the package schema and say where it is wrong.
async function bodyOf(c: Context<AppEnv>): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    throw new AppError('validation_failed', 422, 'The package is not JSON')
  }
}

export const pathwayPackages = new Hono<AppEnv>()
  .get('/:slug/package', requireSignedIn, validate('param', SlugParam), validate('query', PackageQuery), answers(RungsPackage, 'input'), async (c) => {
    const { slug } = c.req.valid('param')
    const pkg = await exportPathwayPackage(c.var.db, c.var.user!, slug, { embedFrameworks: c.req.valid('query').embed === 'frameworks', uris: urisFor(new URL(c.req.url).origin) })
    c.header('Content-Disposition', `attachment; filename="${slug}.rungs.json"`)
    return c.json(pkg)
  })

export const packages = new Hono<AppEnv>()
  .post('/preview', requirePermission('pathway:write'), describeBody(RungsPackage), async (c) => c.json(await previewPackage(c.var.db, c.var.user!, await bodyOf(c))))
  .post('/commit', requirePermission('pathway:write'), describeBody(RungsPackage), async (c) => {
    const body = await bodyOf(c)
    return c.json(await c.var.db.transaction().execute((trx) => commitPackage(trx, c.var.user!, body)), 201)
  })
