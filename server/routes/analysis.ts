// /api/pathways/:slug/findings, /matrix and /export: the gap and duplication analysis of a pathway (DESIGN §3)
// as the reader may see it (another organisation's drafts are left out). Mounted beside routes/pathways.ts.
import { Hono } from 'hono'
import { ExportQuery, FindingsQuery, MatrixQuery } from '../../shared/schemas/analysis'
import { SlugParam } from '../../shared/schemas/pathway'
import { requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { analysePathwayBySlug } from '../services/analysis/findings'
import { pathwayMatrix } from '../services/analysis/matrix'
import { exportPathway } from '../services/export/report'

export const analysis = new Hono<AppEnv>()
  .get('/:slug/findings', requireReader, validate('param', SlugParam), validate('query', FindingsQuery), async (c) =>
    c.json(await analysePathwayBySlug(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'))),
  )
  .get('/:slug/matrix', requireReader, validate('param', SlugParam), validate('query', MatrixQuery), async (c) =>
    c.json(await pathwayMatrix(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'))),
  )
  // ?format=xlsx: the workbook (About, Findings, Matrix); ?format=csv&what=findings|matrix: one table.
  .get('/:slug/export', requireReader, validate('param', SlugParam), validate('query', ExportQuery), async (c) => {
    const file = await exportPathway(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'))
    return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
    })
  })
