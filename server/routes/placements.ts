// /api/pathways/:slug/placements and /placement-proposals: ABE instructors place their bridge and integrated
// modules on a pathway's stages (or propose them to its owners), and the owners approve or decline proposals.
import { Hono } from 'hono'
import { SlugParam } from '../../shared/schemas/pathway'
import { PlacementInput, ProposalParam } from '../../shared/schemas/placement'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { decideOnProposal, pendingProposals, placeBridge } from '../services/pathways/placements'

export const placements = new Hono<AppEnv>()
  .post('/:slug/placements', requirePermission('bridge:write'), validate('param', SlugParam), validate('json', PlacementInput), async (c) => {
    const { slug } = c.req.valid('param')
    const placed = await c.var.db.transaction().execute((trx) => placeBridge(trx, c.var.user!, slug, c.req.valid('json')))
    return c.json(placed, 201)
  })
  .get('/:slug/placement-proposals', requirePermission('pathway:write'), validate('param', SlugParam), async (c) =>
    c.json(await pendingProposals(c.var.db, c.var.user!, c.req.valid('param').slug)),
  )
  .post('/:slug/placement-proposals/:id/approve', requirePermission('pathway:write'), validate('param', ProposalParam), async (c) => {
    const { slug, id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => decideOnProposal(trx, c.var.user!, slug, id, 'approved')))
  })
  .post('/:slug/placement-proposals/:id/decline', requirePermission('pathway:write'), validate('param', ProposalParam), async (c) => {
    const { slug, id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => decideOnProposal(trx, c.var.user!, slug, id, 'declined')))
  })
