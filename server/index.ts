// Starts the HTTP server on the configured port, with its background tidy-up.
import { serve } from '@hono/node-server'
import { createApp } from './app'
import type { Db } from './db/connect'
import { startMaintenance } from './services/maintenance'

export type ServerOptions = {
  port: number
  host: string
  webRoot?: string
  private?: boolean
  trustedProxies?: readonly string[]
}

// Serves the app until the process is told to stop, then closes the database.
export function startServer(db: Db, options: ServerOptions) {
  const app = createApp({
    db,
    webRoot: options.webRoot,
    config: { private: options.private ?? false, trustedProxies: options.trustedProxies ?? [] },
  })
  const maintenance = startMaintenance(db)
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
    console.log(`Rungs is serving on http://localhost:${info.port}`)
  })
  const stop = () => {
    server.close(() => void maintenance.stop().then(() => db.destroy()).then(() => process.exit(0)))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return server
}
