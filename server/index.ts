// Starts the HTTP server, its background tidy-up, and a graceful stop on SIGTERM and SIGINT.
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import type { Db } from './db/connect'
import { startMaintenance } from './services/maintenance'
import { gracefulCloser } from './shutdown'

export type ServerOptions = {
  port: number
  host: string
  webRoot?: string
  private?: boolean
  trustedProxies?: readonly string[]
}

// Serves the app until stop() or a signal. A first SIGTERM or SIGINT stops accepting, lets the requests in
// flight finish, stops the background timers, closes the database and exits 0; a second one exits at once.
export function startServer(db: Db, options: ServerOptions) {
  const app = createApp({
    db,
    webRoot: options.webRoot,
    config: { private: options.private ?? false, trustedProxies: options.trustedProxies ?? [] },
  })
  const maintenance = startMaintenance(db)
  const server = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, (info) => {
    console.log(`Rungs is serving on http://localhost:${info.port}`)
  }) as Server
  const close = gracefulCloser(server)
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      await close()
      await maintenance.stop()
      await db.destroy()
    })())
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      console.error(`${signal} again: stopping without waiting`)
      process.exit(1)
    }
    console.log(`${signal}: finishing the requests in flight, then stopping`)
    stop().then(
      () => {
        console.log('Rungs has stopped')
        process.exit(0)
      },
      (error: unknown) => {
        console.error('Rungs could not stop cleanly', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
  return { server, stop }
}
