// Aggregate learner outcomes (issue 18): read per pathway, module or credential (suppressed for readers outside
// the data's organisation), entered per module or credential and term, or imported from a CSV or XLSX file
// (preview, then commit in one transaction). Writes need a person who may edit the module (or credential);
// scripts use an API token.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { OutcomeImportForm, OutcomeQuery, OutcomeTermInput, OutcomeTermParam } from '../../shared/schemas/outcomes'
import { SlugParam } from '../../shared/schemas/pathway'
import { requirePermission, requireReader } from '../middleware/authorize'
import { PathwayOutcomesAnswer } from '../../shared/schemas/answers/outcomes'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { enterCredentialOutcomeTerm, enterOutcomeTerm, removeCredentialOutcomeTerm, removeOutcomeTerm } from '../services/outcomes/enter'
import { commitOutcomes, previewOutcomes } from '../services/outcomes/import'
import { credentialOutcomes, moduleOutcomes, pathwayOutcomes } from '../services/outcomes/read'
import { uploadOf } from './imports'

// People who author modules of some kind; the service checks the kind and organisation of each module.
const MODULE_AUTHOR = requirePermission('module:write', 'bridge:write')
// A credential's outcomes are its organisation's to report, as the credential is theirs to edit.
const CREDENTIAL_AUTHOR = requirePermission('credential:write')

export const outcomes = new Hono<AppEnv>()
  .get('/pathways/:slug/outcomes', requireReader, validate('param', SlugParam), validate('query', OutcomeQuery), answers(PathwayOutcomesAnswer), async (c) => {
    const outcomes = await pathwayOutcomes(c.var.db, c.var.user ?? null, c.req.valid('param').slug, c.var.config.outcomeMinCount, c.req.valid('query').term)
    const { equityGapPoints: points, minLearners } = c.var.config.outcomeFindings
    return c.json({ ...outcomes, gaps: { points, minLearners } } satisfies PathwayOutcomesAnswer)
  })
  .get('/modules/:id/outcomes', requireReader, validate('param', IdParam), validate('query', OutcomeQuery), async (c) =>
    c.json(await moduleOutcomes(c.var.db, c.var.user ?? null, c.req.valid('param').id, c.var.config.outcomeMinCount, c.req.valid('query').term)),
  )
  .put('/modules/:id/outcomes/:term', MODULE_AUTHOR, validate('param', OutcomeTermParam), validate('json', OutcomeTermInput), async (c) => {
    const { id, term } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => enterOutcomeTerm(trx, c.var.user!, id, term, c.req.valid('json')))
    return c.json(await moduleOutcomes(c.var.db, c.var.user!, id, c.var.config.outcomeMinCount, term))
  })
  .delete('/modules/:id/outcomes/:term', MODULE_AUTHOR, validate('param', OutcomeTermParam), async (c) => {
    const { id, term } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => removeOutcomeTerm(trx, c.var.user!, id, term))
    return c.body(null, 204)
  })
  .get('/credentials/:id/outcomes', requireReader, validate('param', IdParam), validate('query', OutcomeQuery), async (c) =>
    c.json(await credentialOutcomes(c.var.db, c.var.user ?? null, c.req.valid('param').id, c.var.config.outcomeMinCount, c.req.valid('query').term)),
  )
  .put('/credentials/:id/outcomes/:term', CREDENTIAL_AUTHOR, validate('param', OutcomeTermParam), validate('json', OutcomeTermInput), async (c) => {
    const { id, term } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => enterCredentialOutcomeTerm(trx, c.var.user!, id, term, c.req.valid('json')))
    return c.json(await credentialOutcomes(c.var.db, c.var.user!, id, c.var.config.outcomeMinCount, term))
  })
  .delete('/credentials/:id/outcomes/:term', CREDENTIAL_AUTHOR, validate('param', OutcomeTermParam), async (c) => {
    const { id, term } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => removeCredentialOutcomeTerm(trx, c.var.user!, id, term))
    return c.body(null, 204)
  })
  .post('/imports/outcomes/preview', MODULE_AUTHOR, validate('form', OutcomeImportForm), async (c) => {
    const { file } = c.req.valid('form')
    return c.json(await previewOutcomes(c.var.db, c.var.user!, (await uploadOf(file)).bytes))
  })
  .post('/imports/outcomes/commit', MODULE_AUTHOR, validate('form', OutcomeImportForm), async (c) => {
    const { file, options } = c.req.valid('form')
    const { bytes } = await uploadOf(file)
    return c.json(await c.var.db.transaction().execute((trx) => commitOutcomes(trx, c.var.user!, bytes, options.expectedHash)), 201)
  })
