// Builds the Hono app: one sub-app per resource under /api, the web app's files, one error handler.
import { Hono } from 'hono'
import type { Db } from './db/connect'
import { handleError } from './error-handler'
import type { AppEnv } from './middleware/context'
import { competencies } from './routes/competencies'
import { competencyLinks } from './routes/competency-links'
import { frameworks } from './routes/frameworks'
import { serveWebApp } from './web-assets'

export type AppDeps = {
  db: Db
  // Folder of the built web app; omitted in API tests.
  webRoot?: string
}

const api = new Hono<AppEnv>()
  .get('/health', (c) => c.json({ ok: true }))
  .route('/frameworks', frameworks)
  .route('/competencies', competencies)
  .route('/competency-links', competencyLinks)

// Everything the typed web client may call.
export type AppType = typeof api

// Creates the application around its dependencies, so tests can call app.request without a port.
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.use('/api/*', async (c, next) => {
    c.set('db', deps.db)
    await next()
  })
  app.route('/api', api)
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}` } }, 404))
  if (deps.webRoot) serveWebApp(app, deps.webRoot)
  return app
}
