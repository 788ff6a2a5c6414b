// /api/competencies: search by code or words (rate limited for people not signed in), read with ancestors and links
// (and basic-skill requirements), create, edit (publish, retire), move, delete. Writing needs framework:write, or
// basic_skill:write for a basic-skills standard (the service checks the framework's kind and organisation).
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { CompetencyInput, CompetencyMove, CompetencyPatch, CompetencySearch } from '../../shared/schemas/framework'
import { requirePermission, requireReader } from '../middleware/authorize'
import { clientAddress } from '../middleware/client-address'
import { CompetencyListAnswer } from '../../shared/schemas/answers/framework'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { competencyRequirements } from '../services/competency-links'
import { deleteCompetency } from '../services/competencies/delete'
import { getCompetency, searchCompetencies } from '../services/competencies/read'
import { moveCompetency } from '../services/competencies/move'
import { createCompetency, updateCompetency } from '../services/competencies/write'
import { limitAnonymousSearch } from '../services/search-limit'

export const competencies = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', CompetencySearch), answers(CompetencyListAnswer), async (c) => {
    const search = c.req.valid('query')
    await limitAnonymousSearch(c.var.db, c.var.user, search.q, clientAddress(c), c.var.config.searchLimits)
    return c.json((await searchCompetencies(c.var.db, search)) satisfies CompetencyListAnswer)
  })
  .post('/', requirePermission('framework:write', 'basic_skill:write'), validate('json', CompetencyInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createCompetency(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', requireReader, validate('param', IdParam), async (c) => c.json(await getCompetency(c.var.db, c.req.valid('param').id)))
  .get('/:id/requirements', requireReader, validate('param', IdParam), async (c) =>
    c.json(await competencyRequirements(c.var.db, c.req.valid('param').id)),
  )
  .patch('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', IdParam), validate('json', CompetencyPatch), async (c) => {
    const { id } = c.req.valid('param')
    const updated = await c.var.db.transaction().execute((trx) => updateCompetency(trx, c.var.user!, id, c.req.valid('json')))
    return c.json(updated)
  })
  .post('/:id/move', requirePermission('framework:write', 'basic_skill:write'), validate('param', IdParam), validate('json', CompetencyMove), async (c) => {
    const { id } = c.req.valid('param')
    const moved = await c.var.db.transaction().execute((trx) => moveCompetency(trx, c.var.user!, id, c.req.valid('json')))
    return c.json(moved)
  })
  .delete('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteCompetency(trx, c.var.user!, id))
    return c.body(null, 204)
  })
