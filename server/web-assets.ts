// Serves the built SolidJS app: hashed assets cached for a year and sent as the brotli or gzip copy the build
// made when the request accepts one, every other path answered with index.html so that client-side routes
// survive a reload.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'
import type { AppEnv } from './middleware/context'

// Mounts the web app found in `root` (the Vite build output) on `app`.
export function serveWebApp(app: Hono<AppEnv>, root: string): void {
  const indexFile = join(root, 'index.html')
  if (!existsSync(indexFile)) {
    throw new Error(`The web app is not built (no ${indexFile}); run "npm run build" first`)
  }
  const indexHtml = readFileSync(indexFile, 'utf8')
  app.use('/assets/*', async (c, next) => {
    await next()
    if (!c.res.ok) return
    c.header('Cache-Control', 'public, max-age=31536000, immutable')
    // Caches keep the uncompressed answer apart from the compressed ones too.
    if (!c.res.headers.get('Vary')?.includes('Accept-Encoding')) c.header('Vary', 'Accept-Encoding', { append: true })
  })
  app.use('/*', serveStatic({ root, precompressed: true }))
  app.get('*', (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml)
  })
  // A route's c.notFound() (an unknown short link) gets the app too, with status 404: its router shows "Page not found".
  app.notFound((c) => {
    c.header('Cache-Control', 'no-cache')
    return c.html(indexHtml, 404)
  })
}
