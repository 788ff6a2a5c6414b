// Handlers of the commands that run the web server: serve, and start (migrate, seed when empty, serve).
import { fileURLToPath } from 'node:url'
import { connectionFromEnv, type Db } from '../db/connect'
import { migrateToLatest } from '../db/migrate'
import { ctdlConfigOf, outcomeRulesOf, readEnv } from '../env'
import { MB } from '../services/package/limits'
import { startServer } from '../index'
import { seedDemoIfEmpty } from '../services/seed/index'
import { smtpMail } from '../services/validation/mail'
import { EXIT_OK, type CommandContext } from './command'
import { reportMigrations, reportSeed } from './data-commands'
import { openDatabase } from './database'

// The Vite build output, next to the repository root whatever the working directory.
const WEB_ROOT = fileURLToPath(new URL('../../dist', import.meta.url))

// The configuration with --port and --host, when given, taking the place of PORT and HOST.
function serverEnv({ env, string }: CommandContext) {
  const port = string('port')
  const host = string('host')
  return readEnv({ ...env, ...(port === undefined ? {} : { PORT: port }), ...(host === undefined ? {} : { HOST: host }) })
}

// Opens the database, runs `prepare` on it, then serves until the process is stopped; closes it on failure.
async function serveWith(context: CommandContext, prepare: (db: Db) => Promise<void>): Promise<number> {
  const env = serverEnv(context)
  const db = openDatabase(env, context.out)
  try {
    await prepare(db)
    await startServer(db, { connection: connectionFromEnv(env), port: env.PORT, host: env.HOST, webRoot: WEB_ROOT, private: env.RUNGS_PRIVATE, trustedProxies: env.RUNGS_TRUSTED_PROXIES, matrixMaxCells: env.RUNGS_MATRIX_MAX_CELLS, packageMaxBytes: env.RUNGS_PACKAGE_MAX_MB * MB, mail: env.SMTP_URL ? smtpMail(env.SMTP_URL, env.SMTP_FROM) : null, analysisWaitBelowRows: env.RUNGS_ANALYSIS_WAIT_ROWS, outcomeMinCount: env.RUNGS_OUTCOME_MIN_COUNT, outcomeFindings: outcomeRulesOf(env), ctdl: ctdlConfigOf(env) })
    return EXIT_OK
  } catch (error) {
    await db.destroy()
    throw error
  }
}

// rungs serve [--port n] [--host address]
export function serve(context: CommandContext): Promise<number> {
  return serveWith(context, async () => {})
}

// What `rungs start` does before serving: migrate, then load the demo into an empty database. Replicas starting
// together on one PostgreSQL database take turns (the setup lock), so one loads the demo and the others find it.
export async function prepareForStart(db: Db, out: (line: string) => void): Promise<void> {
  reportMigrations(await migrateToLatest(db), out)
  const seeded = await seedDemoIfEmpty(db)
  if (seeded) reportSeed(seeded, out)
  else out('The database already holds data; the demo was not loaded')
}

// rungs start [--port n] [--host address]: what `npm start` runs.
export function start(context: CommandContext): Promise<number> {
  return serveWith(context, (db) => prepareForStart(db, context.out))
}
