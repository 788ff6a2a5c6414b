// /r/:id: the short, stable link the share bar and the printed road map show. It redirects to the pathway's public
// road map; an unknown id (or anything that is not one) and a pathway the reader may not read get the same 404 page.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import type { AppEnv } from '../middleware/context'
import { shortLinkTarget } from '../services/pathways/short-link'

export const shortLinks = new Hono<AppEnv>().get('/:id', async (c) => {
  const parsed = IdParam.safeParse(c.req.param())
  const target = parsed.success ? await shortLinkTarget(c.var.db, parsed.data.id, c.var.user ?? null, c.var.config) : null
  // Not permanent: the slug it leads to may be renamed.
  return target ? c.redirect(target, 302) : c.notFound()
})
