// CTDL (Credential Engine) downloads of a pathway and a framework, and publishing a pathway to the registry.
import { Hono, type Context } from 'hono'
import { FrameworkRefParam } from '../../shared/schemas/case'
import { SlugParam } from '../../shared/schemas/pathway'
import { requirePermission, requireReader, requireSignedIn } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { ctdlContext } from '../services/ctdl/context'
import { frameworkCtdl, pathwayCtdl } from '../services/ctdl/load'
import { publishingGaps, publishPathway } from '../services/ctdl/publish'
import type { CtdlDocument } from '../services/ctdl/vocabulary'
import { frameworkIdOf } from '../services/frameworks/read'

const contextOf = (c: Context<AppEnv>) => ctdlContext(c.var.config.ctdl, new URL(c.req.url).origin)

// A CTDL graph as a JSON-LD file to save.
function download(c: Context<AppEnv>, doc: CtdlDocument, name: string) {
  c.header('Content-Disposition', `attachment; filename="${name.replace(/[^A-Za-z0-9._-]+/g, '-').slice(0, 80)}.ctdl.jsonld"`)
  c.header('Content-Type', 'application/ld+json; charset=utf-8')
  return c.body(JSON.stringify(doc, null, 2))
}

export const ctdl = new Hono<AppEnv>()
  .get('/pathways/:slug/ctdl', requireReader, validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param')
    return download(c, (await pathwayCtdl(c.var.db, slug, contextOf(c))).pathway, slug)
  })
  .get('/pathways/:slug/ctdl/progression-model', requireReader, validate('param', SlugParam), async (c) => {
    const { slug } = c.req.valid('param')
    return download(c, (await pathwayCtdl(c.var.db, slug, contextOf(c))).progressionModel, `${slug}-stages`)
  })
  .get('/frameworks/:id/ctdl', requireReader, validate('param', FrameworkRefParam), async (c) => {
    const id = await frameworkIdOf(c.var.db, c.req.valid('param').id)
    return download(c, await frameworkCtdl(c.var.db, id, contextOf(c)), `framework-${id}`)
  })
  // Whether this server can publish, and if not why, for the page to offer the download only.
  .get('/ctdl/publishing', requireSignedIn, (c) => {
    const gaps = publishingGaps(c.var.config.ctdl)
    return c.json({ canPublish: gaps.length === 0, gaps, registryUrl: c.var.config.ctdl.registryUrl })
  })
  .post('/pathways/:slug/ctdl/publish', requirePermission('pathway:write'), validate('param', SlugParam), async (c) => {
    const report = await publishPathway(c.var.db, c.var.user!, c.req.valid('param').slug, c.var.config.ctdl, new URL(c.req.url).origin)
    return c.json(report, report.published ? 200 : 502)
  })
