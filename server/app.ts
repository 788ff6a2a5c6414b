// Builds the Hono app: one sub-app per resource under /api, the web app's files, one error handler.
import { Hono, type MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'
import type { Db } from './db/connect'
import { handleError } from './error-handler'
import type { AppConfig, AppEnv } from './middleware/context'
import { limitBody } from './middleware/body-limit'
import { compressJson } from './middleware/compress-json'
import { apiTokenMiddleware, TOKEN_LIMITS } from './middleware/api-token'
import { csrfMiddleware } from './middleware/csrf'
import { sessionMiddleware } from './middleware/session'
import { analysis } from './routes/analysis'
import { apiTokens } from './routes/api-tokens'
import { articulations } from './routes/articulations'
import { audit } from './routes/audit'
import { auth } from './routes/auth'
import { caseApi } from './routes/case'
import { campaigns } from './routes/campaigns'
import { comments } from './routes/comments'
import { competencies } from './routes/competencies'
import { bridges } from './routes/bridges'
import { competencyLinks } from './routes/competency-links'
import { crosswalks } from './routes/crosswalks'
import { levels } from './routes/levels'
import { localWages } from './routes/local-wages'
import { credentials } from './routes/credentials'
import { ctdl } from './routes/ctdl'
import { frameworkExports } from './routes/exports'
import { frameworks } from './routes/frameworks'
import { importJobs } from './routes/import-jobs'
import { impact } from './routes/impact'
import { frameworkMerge } from './routes/framework-merge'
import { outcomes } from './routes/outcomes'
import { imports } from './routes/imports'
import { packages, pathwayPackages } from './routes/packages'
import { inbox } from './routes/inbox'
import { invitations } from './routes/invitations'
import { modules } from './routes/modules'
import { occupations } from './routes/occupations'
import { openApi } from './routes/openapi'
import { organisations } from './routes/organisations'
import { pathways } from './routes/pathways'
import { placements } from './routes/placements'
import { ready } from './routes/ready'
import { review } from './routes/review'
import { shortLinks } from './routes/short-links'
import { suggestions } from './routes/suggestions'
import { users } from './routes/users'
import { SIGN_IN_LIMITS } from './services/auth/throttle'
import { SEARCH_LIMITS } from './services/search-limit'
import { ImportRunner } from './services/import/job-runner'
import { IMPORT_JOB_ABOVE_BYTES } from './services/import/limits'
import { MATRIX_MAX_CELLS } from './services/export/limits'
import { PACKAGE_MAX_BYTES } from './services/package/limits'
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../shared/domain/outcomes/suppression'
import { ANALYSIS_WAIT_BELOW_ROWS } from './services/analysis-cache/page'
import { CTDL_DEFAULTS } from './services/ctdl/context'
import { serveWebApp } from './web-assets'
import { DEFAULT_OUTCOME_RULES } from './services/analysis/outcome-options'

export type AppDeps = {
  db: Db
  // Folder of the built web app; omitted in API tests.
  webRoot?: string
  config?: Partial<AppConfig>
  // Runs import jobs; by default on this thread (the server passes one with a worker: server/index.ts).
  imports?: ImportRunner
}

const api = new Hono<AppEnv>()
  .get('/health', (c) => c.json({ ok: true }))
  .get('/ready', ready)
  .route('/auth', auth)
  .route('/users', users)
  .route('/organisations', organisations)
  .route('/audit', audit)
  .route('/frameworks', frameworks)
  .route('/competencies', competencies)
  .route('/competency-links', competencyLinks)
  .route('/crosswalks', crosswalks)
  .route('/levels', levels)
  .route('/modules', modules)
  .route('/bridges', bridges)
  .route('/pathways', pathways)
  .route('/occupations', occupations)
  .route('/local-wages', localWages)
  .route('/pathways', analysis)
  .route('/pathways', pathwayPackages)
  .route('/pathways', placements)
  .route('/packages', packages)
  .route('/credentials', credentials)
  .route('/articulations', articulations)
  .route('/imports', imports)
  .route('/import-jobs', importJobs)
  .route('/exports', frameworkExports)
  .route('/', ctdl)
  .route('/', campaigns)
  .route('/', impact)
  .route('/', frameworkMerge)
  .route('/', outcomes)
  .route('/', suggestions)
  .route('/review', review)
  .route('/my/invitations', invitations)
  .route('/my/tokens', apiTokens)
  .route('/comments', comments)
  .route('/inbox', inbox)

// Everything the typed web client may call.
export type AppType = typeof api

// Only the app's own scripts run; no page may frame Rungs. Inline styles are allowed for the editor's tables.
const SECURITY_HEADERS: Parameters<typeof secureHeaders>[0] = {
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  xFrameOptions: 'DENY',
  xContentTypeOptions: true,
  referrerPolicy: 'strict-origin-when-cross-origin',
}

// Creates the application around its dependencies, so tests can call app.request without a port.
export function createApp(deps: AppDeps) {
  const config: AppConfig = { private: false, trustedProxies: [], signInLimits: SIGN_IN_LIMITS, searchLimits: SEARCH_LIMITS, importJobAboveBytes: IMPORT_JOB_ABOVE_BYTES, matrixMaxCells: MATRIX_MAX_CELLS, tokenLimits: TOKEN_LIMITS, packageMaxBytes: PACKAGE_MAX_BYTES, mail: null, analysisWaitBelowRows: ANALYSIS_WAIT_BELOW_ROWS, outcomeMinCount: DEFAULT_SUPPRESSION_THRESHOLD, outcomeFindings: DEFAULT_OUTCOME_RULES, ctdl: CTDL_DEFAULTS, ...deps.config }
  const imports = deps.imports ?? new ImportRunner(deps.db, null)
  const app = new Hono<AppEnv>()
  app.onError(handleError)
  app.use('*', secureHeaders(SECURITY_HEADERS))
  app.use('*', compressJson)
  const context: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('db', deps.db)
    c.set('config', config)
    c.set('imports', imports)
    await next()
  }
  app.use('/api/*', context)
  app.use('/api/*', csrfMiddleware, sessionMiddleware, apiTokenMiddleware, limitBody)
  app.route('/api', api)
  app.route('/api', openApi(() => app.routes))
  app.all('/api/*', (c) => c.json({ error: { code: 'not_found', message: `No API route ${c.req.method} ${c.req.path}` } }, 404))
  // Short links to public road maps: the session decides whether a private instance's pathway may be read.
  app.use('/r/*', context, sessionMiddleware)
  app.route('/r', shortLinks)
  app.route('/ims/case/v1p0', caseApi(deps.db, config, '1.0'))
  app.route('/ims/case/v1p1', caseApi(deps.db, config, '1.1'))
  if (deps.webRoot) serveWebApp(app, deps.webRoot)
  return app
}
