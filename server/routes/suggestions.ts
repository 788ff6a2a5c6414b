// Suggested alignments (issue 19): the best-matching competencies for an outcome, a module's description or a
// bridge's occupational competencies, and dismissing one. Accepting one is the module's own alignment write
// (PATCH /api/modules/:id with the outcome's alignments), so suggestions never align anything themselves.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { DismissInput, SuggestionQuery } from '../../shared/schemas/suggestions'
import { requirePermission, requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { bridgeSuggestions } from '../services/suggestions/bridge'
import { dismissForModule, dismissForOutcome } from '../services/suggestions/dismiss'
import { moduleSuggestions, outcomeSuggestions } from '../services/suggestions/suggest'

const AUTHORS = requirePermission('module:write', 'bridge:write')

export const suggestions = new Hono<AppEnv>()
  .get('/outcomes/:id/suggestions', requireReader, validate('param', IdParam), validate('query', SuggestionQuery), async (c) =>
    c.json(await outcomeSuggestions(c.var.db, c.var.user ?? null, c.req.valid('param').id, c.req.valid('query'))),
  )
  .post('/outcomes/:id/suggestions/dismiss', AUTHORS, validate('param', IdParam), validate('json', DismissInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => dismissForOutcome(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .get('/modules/:id/suggestions', requireReader, validate('param', IdParam), validate('query', SuggestionQuery), async (c) =>
    c.json(await moduleSuggestions(c.var.db, c.var.user ?? null, c.req.valid('param').id, c.req.valid('query'))),
  )
  .post('/modules/:id/suggestions/dismiss', AUTHORS, validate('param', IdParam), validate('json', DismissInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => dismissForModule(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .get('/bridges/:id/suggestions', requireReader, validate('param', IdParam), validate('query', SuggestionQuery), async (c) =>
    c.json(await bridgeSuggestions(c.var.db, c.var.user ?? null, c.req.valid('param').id, c.req.valid('query'))),
  )
