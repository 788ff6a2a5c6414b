// /api/pathways: career pathways as road maps.
// Reads address a pathway by slug (the URL people share); writes address it by numeric id, which a PATCH
// that renames the slug cannot change under the caller's feet.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { WorkflowInput } from '../../shared/schemas/workflow'
import { PathwayInput, PathwayPatch, PathwayQuery, RoadMapQuery, SlugParam } from '../../shared/schemas/pathway'
import { requirePermission, requireReader, requireSignedIn } from '../middleware/authorize'
import { PathwayListAnswer, RoadMapAnswer } from '../../shared/schemas/answers/pathway'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { versionedJson } from '../middleware/etag'
import { validate } from '../middleware/validate'
import { listPathways } from '../services/pathways/read'
import { readRoadMap } from '../services/pathways/road-map-answer'
import { createPathway, deletePathway, updatePathway } from '../services/pathways/write'
import { actOnPathway, pathwayWorkflow } from '../services/workflow/subjects'

export const pathways = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', PathwayQuery), answers(PathwayListAnswer), async (c) =>
    c.json((await listPathways(c.var.db, c.req.valid('query'))) satisfies PathwayListAnswer),
  )
  .post('/', requirePermission('pathway:write'), validate('json', PathwayInput), async (c) => {
    const created = await c.var.db.transaction().execute((trx) => createPathway(trx, c.var.user!, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/:slug', requireReader, validate('param', SlugParam), validate('query', RoadMapQuery), answers(RoadMapAnswer), async (c) => {
    const { tag, text } = await readRoadMap(c.var.db, c.req.valid('param').slug, c.var.user ?? null, c.req.valid('query').view)
    return versionedJson(c, tag, text)
  })
  .patch('/:id', requirePermission('pathway:write'), validate('param', IdParam), validate('json', PathwayPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updatePathway(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requirePermission('pathway:write'), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deletePathway(trx, c.var.user!, id))
    return c.body(null, 204)
  })
  // The approval workflow: its state, the actions open to the reader and (signed in) its timeline; and one action.
  .get('/:slug/workflow', requireReader, validate('param', SlugParam), async (c) =>
    c.json(await pathwayWorkflow(c.var.db, c.var.user ?? null, c.req.valid('param').slug)),
  )
  .post('/:id/workflow', requireSignedIn, validate('param', IdParam), validate('json', WorkflowInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => actOnPathway(trx, c.var.user!, id, c.req.valid('json'))))
  })
