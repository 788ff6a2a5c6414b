// /api/openapi.json and /api/docs: the API described from the app's own routes (server/openapi/).
import { Hono } from 'hono'
import { requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { openApiDocument, type OpenApiDocument, type RouteEntry } from '../openapi/document'
import { docsPage } from '../openapi/docs-page'

// The routes are read on the first request, once the app has all of them; the document is then kept.
export function openApi(routesOf: () => readonly RouteEntry[]) {
  let document: OpenApiDocument | undefined
  const built = () => (document ??= openApiDocument(routesOf()))
  return new Hono<AppEnv>()
    .get('/openapi.json', requireReader, (c) => c.json(built()))
    .get('/docs', requireReader, (c) => c.html(docsPage(built())))
}
