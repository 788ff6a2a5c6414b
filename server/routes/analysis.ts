// /api/pathways/:slug/findings, /matrix and /export: the gap and duplication analysis of a pathway (DESIGN §3)
// as the reader may see it (another organisation's drafts are left out); /findings/decisions: decisions taken on
// its findings (accepted as intended, assigned), by fingerprint. Mounted beside routes/pathways.ts.
// Findings (and the export that holds them) are internal to the partnership: the public never receives them.
import { Hono, type TypedResponse } from 'hono'
import type { JSONParsed } from 'hono/utils/types'
import { ExportQuery, FindingsPageQuery, MatrixQuery } from '../../shared/schemas/analysis'
import { SlugParam } from '../../shared/schemas/pathway'
import { DecisionInput, DecisionParam, DecisionQuery } from '../../shared/schemas/finding-decision'
import { requireMember, requirePermission, requireReader } from '../middleware/authorize'
import { FindingsAnswer } from '../../shared/schemas/answers/findings'
import { answers } from '../middleware/answers'
import type { AppConfig, AppEnv } from '../middleware/context'
import { notModified } from '../middleware/etag'
import { validate } from '../middleware/validate'
import { decide, decisionHistory, withdrawDecision } from '../services/analysis/decide'
import type { Matrix } from '../services/analysis/build-matrix'
import { servedMatrix } from '../services/analysis-cache/matrix'
import { servedFindings, type CacheOptions, type FindingsPageAnswer } from '../services/analysis-cache/page'
import { outcomeAnalysisOptions } from '../services/analysis/outcome-options'
import { checkExport } from '../services/export/bounds'
import { exportPathway } from '../services/export/report'

// How this instance analyses: when to wait for a recomputation, and the outcome findings' settings.
const cacheOptions = (config: AppConfig): CacheOptions => ({ waitBelowRows: config.analysisWaitBelowRows, analysis: outcomeAnalysisOptions(config) })

export const analysis = new Hono<AppEnv>()
  // From the stored analysis (services/analysis-cache): a page of the findings with an ETag (304 on a repeat),
  // `updating` while a newer result is computed, 202 before the first one is.
  .get('/:slug/findings', requireMember, validate('param', SlugParam), validate('query', FindingsPageQuery), answers(FindingsAnswer), async (c) => {
    const served = await servedFindings(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'), cacheOptions(c.var.config))
    // Typed as the JSON answer: a browser answers its fetch with the copy it holds when the server says 304.
    const unchanged = notModified(c, served.etag) as (Response & TypedResponse<JSONParsed<FindingsPageAnswer>, 200, 'json'>) | null
    return unchanged ?? c.json((await served.answer()) satisfies FindingsAnswer, served.status)
  })
  // The history of decisions (of one finding with ?fingerprint=), oldest first: for members, as it names people.
  .get('/:slug/findings/decisions', requireMember, validate('param', SlugParam), validate('query', DecisionQuery), async (c) =>
    c.json({ items: await decisionHistory(c.var.db, c.var.user!, c.req.valid('param').slug, c.req.valid('query').fingerprint) }),
  )
  // Accept a finding as intended (with a reason) or assign it (to a person, with a due date).
  .post('/:slug/findings/decisions', requirePermission('pathway:write'), validate('param', SlugParam), validate('json', DecisionInput), async (c) =>
    c.json(await decide(c.var.db, c.var.user!, c.req.valid('param').slug, c.req.valid('json'), cacheOptions(c.var.config)), 201),
  )
  // Withdraw the current decision on a finding: it is open again, and the decision stays in the history.
  .delete('/:slug/findings/decisions/:id', requirePermission('pathway:write'), validate('param', DecisionParam), async (c) => {
    const { slug, id } = c.req.valid('param')
    await withdrawDecision(c.var.db, c.var.user!, slug, id)
    return c.body(null, 204)
  })
  // A matrix of more cells than the server builds at once is refused (422) with the ways to narrow it. Tagged
  // by the pathway's data version: a repeat is 304 without building it.
  .get('/:slug/matrix', requireReader, validate('param', SlugParam), validate('query', MatrixQuery), async (c) => {
    const served = await servedMatrix(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'), c.var.config.matrixMaxCells)
    const unchanged = notModified(c, served.etag) as (Response & TypedResponse<JSONParsed<Matrix>, 200, 'json'>) | null
    return unchanged ?? c.json(await served.answer())
  })
  // ?format=xlsx: the workbook (About, Findings, Matrix), refused (422) when its matrix is too big; ?format=csv&
  // what=findings|matrix: one table, streamed.
  .get('/:slug/export', requireMember, validate('param', SlugParam), validate('query', ExportQuery), async (c) => {
    const file = await exportPathway(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'), c.var.config.matrixMaxCells, outcomeAnalysisOptions(c.var.config))
    return c.body(file.body instanceof ReadableStream ? file.body : new Uint8Array(file.body), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
    })
  })
  // Whether that export would be made (204) or refused for its size (the same 422), from counts alone: the
  // page asks before it downloads, so a refusal is shown in words rather than saved as a file.
  .get('/:slug/export/check', requireMember, validate('param', SlugParam), validate('query', ExportQuery), async (c) => {
    await checkExport(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query'), c.var.config.matrixMaxCells)
    return c.body(null, 204)
  })
