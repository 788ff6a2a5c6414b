// /api/modules: curriculum chunks with outcomes, alignments, prerequisites and credentials.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { ModuleInput, ModulePatch, ModuleQuery } from '../../shared/schemas/module'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { deleteModule } from '../services/modules/delete'
import { getModule, listModules } from '../services/modules/read'
import { createModule, updateModule } from '../services/modules/write'

export const modules = new Hono<AppEnv>()
  .get('/', validate('query', ModuleQuery), async (c) => c.json(await listModules(c.var.db, c.req.valid('query'))))
  .post('/', validate('json', ModuleInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createModule(trx, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', validate('param', IdParam), async (c) => c.json(await getModule(c.var.db, c.req.valid('param').id)))
  .patch('/:id', validate('param', IdParam), validate('json', ModulePatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateModule(trx, id, c.req.valid('json'))))
  })
  .delete('/:id', validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteModule(trx, id))
    return c.body(null, 204)
  })
