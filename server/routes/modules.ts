// /api/modules: curriculum chunks with outcomes, alignments, prerequisites and credentials; their revisions,
// history and approval workflow.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { WorkflowInput } from '../../shared/schemas/workflow'
import { ModuleInput, ModulePatch, ModuleQuery, RestoreInput, RevisionCompare, RevisionParam } from '../../shared/schemas/module'
import { requirePermission, requireReader, requireSignedIn } from '../middleware/authorize'
import { ModuleAnswer, ModuleListAnswer } from '../../shared/schemas/answers/module'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { taggedJson } from '../middleware/etag'
import { validate } from '../middleware/validate'
import { moduleHistory } from '../services/audit'
import { bridgeCoverage } from '../services/bridges/coverage'
import { deleteModule } from '../services/modules/delete'
import { getModule, listModules } from '../services/modules/read'
import { compareRevisions, getRevision, listRevisions } from '../services/modules/revisions'
import { createModule, restoreRevision, updateModule } from '../services/modules/write'
import { actOnModule, moduleWorkflow } from '../services/workflow/subjects'

const AUTHORS = ['module:write', 'bridge:write'] as const

export const modules = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', ModuleQuery), answers(ModuleListAnswer), async (c) =>
    c.json((await listModules(c.var.db, c.req.valid('query'), c.var.user ?? null)) satisfies ModuleListAnswer),
  )
  .post('/', requirePermission(...AUTHORS), validate('json', ModuleInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createModule(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:id', requireReader, validate('param', IdParam), answers(ModuleAnswer), async (c) =>
    taggedJson(c, (await getModule(c.var.db, c.req.valid('param').id, c.var.user ?? null)) satisfies ModuleAnswer),
  )
  .patch('/:id', requirePermission(...AUTHORS), validate('param', IdParam), validate('json', ModulePatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateModule(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission(...AUTHORS), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteModule(trx, c.var.user!, id))
    return c.body(null, 204)
  })
  .get('/:id/history', requireReader, validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await getModule(c.var.db, id, c.var.user ?? null)
    return c.json(await moduleHistory(c.var.db, id, c.var.user ?? null))
  })
  .get('/:id/coverage', requireReader, validate('param', IdParam), async (c) =>
    c.json(await bridgeCoverage(c.var.db, c.var.user ?? null, c.req.valid('param').id)),
  )
  .get('/:id/revisions', requireReader, validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await getModule(c.var.db, id, c.var.user ?? null)
    return c.json({ items: await listRevisions(c.var.db, id, c.var.user ?? null) })
  })
  .get('/:id/revisions/compare', requireReader, validate('param', IdParam), validate('query', RevisionCompare), async (c) => {
    const { id } = c.req.valid('param')
    await getModule(c.var.db, id, c.var.user ?? null)
    const { from, to } = c.req.valid('query')
    return c.json(await compareRevisions(c.var.db, id, from, to, c.var.user ?? null))
  })
  .get('/:id/revisions/:version', requireReader, validate('param', RevisionParam), async (c) => {
    const { id, version } = c.req.valid('param')
    await getModule(c.var.db, id, c.var.user ?? null)
    return c.json(await getRevision(c.var.db, id, version, c.var.user ?? null))
  })
  .post('/:id/revisions/:version/restore', requirePermission(...AUTHORS), validate('param', RevisionParam), validate('json', RestoreInput), async (c) => {
    const { id, version } = c.req.valid('param')
    const restored = await c.var.db.transaction().execute((trx) =>
      restoreRevision(trx, c.var.user!, id, version, c.req.valid('json').version),
    )
    return c.json(restored)
  })
  // The approval workflow: its state, the actions open to the reader and (signed in) its timeline; and one action.
  .get('/:id/workflow', requireReader, validate('param', IdParam), async (c) =>
    c.json(await moduleWorkflow(c.var.db, c.var.user ?? null, c.req.valid('param').id)),
  )
  .post('/:id/workflow', requireSignedIn, validate('param', IdParam), validate('json', WorkflowInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => actOnModule(trx, c.var.user!, id, c.req.valid('json'))))
  })
