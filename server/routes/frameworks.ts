// /api/frameworks: skill standards, their competency trees and the basic-skill requirements touching them. A
// framework is named by its row id or its CASE identifier everywhere.
import { Hono } from 'hono'
import { FrameworkRefParam } from '../../shared/schemas/case'
import { FrameworkInput, FrameworkPatch, FrameworkQuery } from '../../shared/schemas/framework'
import { requirePermission, requireReader } from '../middleware/authorize'
import { FrameworkAnswer, FrameworkListAnswer, FrameworkTreeAnswer } from '../../shared/schemas/answers/framework'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { frameworkRequirements } from '../services/competency-links'
import { deleteFramework } from '../services/frameworks/delete'
import { frameworkIdOf, getFramework, getFrameworkTree, listFrameworks } from '../services/frameworks/read'
import { createFramework, updateFramework } from '../services/frameworks/write'

export const frameworks = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', FrameworkQuery), answers(FrameworkListAnswer), async (c) =>
    c.json((await listFrameworks(c.var.db, c.req.valid('query'))) satisfies FrameworkListAnswer),
  )
  .post('/', requirePermission('framework:write'), validate('json', FrameworkInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createFramework(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  // Read by row id or CASE identifier.
  .get('/:id', requireReader, validate('param', FrameworkRefParam), answers(FrameworkAnswer), async (c) =>
    c.json((await getFramework(c.var.db, await frameworkIdOf(c.var.db, c.req.valid('param').id))) satisfies FrameworkAnswer),
  )
  .get('/:id/tree', requireReader, validate('param', FrameworkRefParam), answers(FrameworkTreeAnswer), async (c) =>
    c.json((await getFrameworkTree(c.var.db, await frameworkIdOf(c.var.db, c.req.valid('param').id))) satisfies FrameworkTreeAnswer),
  )
  .get('/:id/requirements', requireReader, validate('param', FrameworkRefParam), async (c) =>
    c.json(await frameworkRequirements(c.var.db, await frameworkIdOf(c.var.db, c.req.valid('param').id))),
  )
  .patch('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', FrameworkRefParam), validate('json', FrameworkPatch), async (c) => {
    const id = await frameworkIdOf(c.var.db, c.req.valid('param').id)
    const updated = await c.var.db.transaction().execute((trx) => updateFramework(trx, c.var.user!, id, c.req.valid('json')))
    return c.json(updated)
  })
  .delete('/:id', requirePermission('framework:write', 'basic_skill:write'), validate('param', FrameworkRefParam), async (c) => {
    const id = await frameworkIdOf(c.var.db, c.req.valid('param').id)
    await c.var.db.transaction().execute((trx) => deleteFramework(trx, c.var.user!, id))
    return c.body(null, 204)
  })
