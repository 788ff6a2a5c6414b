// /ims/case/v1p0 and /v1p1: the CASE 1.0 and 1.1 read APIs, so other CASE tools can read Rungs frameworks (documents
// and packages by identifier or row id), each answering in its version's shapes. Outside /api, with the spec's error
// shape (imsx_StatusInfo); public unless the instance is private.
import { Hono, type Context } from 'hono'
import { CaseIdParam, CasePage, FrameworkRefParam, type CaseVersion } from '../../shared/schemas/case'
import type { Db } from '../db/connect'
import { AppError } from '../errors'
import { handleError } from '../error-handler'
import { requireReader } from '../middleware/authorize'
import { limitBody } from '../middleware/body-limit'
import type { AppConfig, AppEnv } from '../middleware/context'
import { sessionMiddleware } from '../middleware/session'
import { apiTokenMiddleware } from '../middleware/api-token'
import { validate } from '../middleware/validate'
import { urisFor, type Target } from '../services/export-case/shapes'
import {
  getCaseAssociation, getCaseDocument, getCaseItem, getCaseItemAssociations, getCasePackage, listCaseDocuments,
} from '../services/export-case/read-api'

const MINOR: Record<number, string> = { 400: 'invalid_selection_field', 401: 'unauthorisedrequest', 403: 'forbidden', 404: 'unknownobject' }

// Answers an error as imsx_StatusInfo with the status the rest of the app would use.
function statusInfo(error: Error, c: Context<AppEnv>): Response {
  if (!(error instanceof AppError)) return handleError(error, c)
  const minor = MINOR[error.status] ?? (error.status >= 500 ? 'internal_server_error' : 'invalid_data')
  return c.json({
    imsx_codeMajor: 'failure',
    imsx_severity: 'error',
    imsx_description: error.message,
    imsx_codeMinor: { imsx_codeMinorField: [{ imsx_codeMinorFieldName: 'sourcedId', imsx_codeMinorFieldValue: minor }] },
  }, error.status)
}

// The CASE API of one version over the app's database and configuration.
export function caseApi(db: Db, config: AppConfig, version: CaseVersion) {
  const target = (c: Context<AppEnv>): Target => ({ uris: urisFor(new URL(c.req.url).origin, version), version })
  const app = new Hono<AppEnv>()
  app.onError(statusInfo)
  app.use('*', async (c, next) => {
    c.set('db', db)
    c.set('config', config)
    await next()
  }, sessionMiddleware, apiTokenMiddleware, limitBody, requireReader)
  return app
    .get('/CFDocuments', validate('query', CasePage), async (c) => {
      const { total, body } = await listCaseDocuments(c.var.db, c.req.valid('query'), target(c))
      c.header('X-Total-Count', String(total))
      return c.json(body)
    })
    .get('/CFDocuments/:id', validate('param', FrameworkRefParam), async (c) => c.json(await getCaseDocument(c.var.db, c.req.valid('param').id, target(c))))
    .get('/CFPackages/:id', validate('param', FrameworkRefParam), async (c) => c.json(await getCasePackage(c.var.db, c.req.valid('param').id, target(c))))
    .get('/CFItems/:id', validate('param', CaseIdParam), async (c) => c.json(await getCaseItem(c.var.db, c.req.valid('param').id, target(c))))
    .get('/CFAssociations/:id', validate('param', CaseIdParam), async (c) => c.json(await getCaseAssociation(c.var.db, c.req.valid('param').id, target(c))))
    .get('/CFItemAssociations/:id', validate('param', CaseIdParam), async (c) =>
      c.json(await getCaseItemAssociations(c.var.db, c.req.valid('param').id, target(c))),
    )
}
