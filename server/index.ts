// Starts the HTTP server, its background tidy-up, and a graceful stop on SIGTERM and SIGINT.
import type { Server } from 'node:http'
import { serve } from '@hono/node-server'
import { createApp } from './app'
import type { ConnectOptions, Db } from './db/connect'
import type { CtdlConfig } from './services/ctdl/context'
import { ImportRunner } from './services/import/job-runner'
import type { Mail } from './services/validation/mail'
import { failInterruptedImports } from './services/import/jobs'
import { startMaintenance } from './services/maintenance'
import { gracefulCloser } from './shutdown'
import type { OutcomeRuleSettings } from './services/analysis/outcome-options'

const isInMemory = (connection: ConnectOptions) => connection.dialect === 'sqlite' && connection.file === ':memory:'

export type ServerOptions = {
  // How a worker opens the database again for import jobs (omitted: they run on this thread).
  connection?: ConnectOptions
  port: number
  host: string
  webRoot?: string
  private?: boolean
  trustedProxies?: readonly string[]
  matrixMaxCells?: number
  packageMaxBytes?: number
  // Emails invitations when set (SMTP_URL).
  mail?: Mail | null
  analysisWaitBelowRows?: number
  outcomeMinCount?: number
  outcomeFindings?: OutcomeRuleSettings
  ctdl?: CtdlConfig
}

// Serves the app until stop() or a signal. A first SIGTERM or SIGINT stops accepting, lets the requests in
// flight finish, stops the import worker (its job is marked failed) and the background timers, closes the
// database and exits 0; a second one exits at once. Import jobs a previous run left unfinished are marked failed.
export async function startServer(db: Db, options: ServerOptions) {
  const interrupted = await failInterruptedImports(db)
  if (interrupted) console.log(`${interrupted} import job${interrupted === 1 ? ' was' : 's were'} interrupted by the last stop and marked failed`)
  const imports = new ImportRunner(db, options.connection && !isInMemory(options.connection) ? options.connection : null)
  const app = createApp({
    db,
    imports,
    webRoot: options.webRoot,
    config: { private: options.private ?? false, trustedProxies: options.trustedProxies ?? [], ...(options.matrixMaxCells ? { matrixMaxCells: options.matrixMaxCells } : {}), ...(options.packageMaxBytes ? { packageMaxBytes: options.packageMaxBytes } : {}), mail: options.mail ?? null,
      ...(options.ctdl ? { ctdl: options.ctdl } : {}),
      ...(options.analysisWaitBelowRows !== undefined ? { analysisWaitBelowRows: options.analysisWaitBelowRows } : {}),
      ...(options.outcomeMinCount !== undefined ? { outcomeMinCount: options.outcomeMinCount } : {}),
      ...(options.outcomeFindings ? { outcomeFindings: options.outcomeFindings } : {}),
    },
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
      await imports.stop()
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
