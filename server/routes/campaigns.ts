// /api/pathways/:slug/campaigns and /api/campaigns: faculty run employer validation campaigns on a pathway.
import { Hono } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { SlugParam } from '../../shared/schemas/pathway'
import { AcceptSuggestionInput, CampaignInput, CampaignPatch, InviteInput, InviteParam, ReminderInput, ReopenInput, SuggestionParam } from '../../shared/schemas/validation'
import { requirePermission } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { campaignsOfPathway, createCampaign, deleteCampaign, getCampaign, inviteEmployer, revokeInvite, updateCampaign } from '../services/validation/campaigns'
import { closeCampaign, reopenCampaign } from '../services/validation/close'
import { copyLinkAgain, emailInvitation, remindEmployers } from '../services/validation/invitations'
import { campaignWorkbook } from '../services/validation/export'
import { acceptSuggestion, campaignResults, declineSuggestion } from '../services/validation/results'

const RUNNERS = 'pathway:write'

export const campaigns = new Hono<AppEnv>()
  .get('/pathways/:slug/campaigns', requirePermission(RUNNERS), validate('param', SlugParam), async (c) =>
    c.json(await campaignsOfPathway(c.var.db, c.var.user!, c.req.valid('param').slug)),
  )
  .post('/pathways/:slug/campaigns', requirePermission(RUNNERS), validate('param', SlugParam), validate('json', CampaignInput), async (c) => {
    const { slug } = c.req.valid('param')
    const created = await c.var.db.transaction().execute((trx) => createCampaign(trx, c.var.user!, slug, c.req.valid('json')))
    return c.json(created, 201)
  })
  .get('/campaigns/:id', requirePermission(RUNNERS), validate('param', IdParam), async (c) =>
    c.json(await getCampaign(c.var.db, c.var.user!, c.req.valid('param').id)),
  )
  .patch('/campaigns/:id', requirePermission(RUNNERS), validate('param', IdParam), validate('json', CampaignPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => updateCampaign(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/campaigns/:id', requirePermission(RUNNERS), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    await c.var.db.transaction().execute((trx) => deleteCampaign(trx, c.var.user!, id))
    return c.body(null, 204)
  })
  .post('/campaigns/:id/invites', requirePermission(RUNNERS), validate('param', IdParam), validate('json', InviteInput), async (c) => {
    const { id } = c.req.valid('param')
    const created = await c.var.db.transaction().execute((trx) => inviteEmployer(trx, c.var.user!, id, c.req.valid('json')))
    const url = new URL(created.path, c.req.url).href
    const { mail } = c.var.config
    const invite = mail ? await emailInvitation(c.var.db, mail, created.campaign, created.invite, url, 'invitation') : created.invite
    // The link is shown once: nothing may keep a copy of this answer.
    c.header('Cache-Control', 'no-store')
    return c.json({ invite, token: created.token, path: created.path, url }, 201)
  })
  .post('/campaigns/:id/invites/:inviteId/link', requirePermission(RUNNERS), validate('param', InviteParam), async (c) => {
    const { id, inviteId } = c.req.valid('param')
    const issued = await c.var.db.transaction().execute((trx) => copyLinkAgain(trx, c.var.user!, id, inviteId))
    c.header('Cache-Control', 'no-store')
    return c.json({ invite: issued.invite, url: new URL(issued.path, c.req.url).href })
  })
  .post('/campaigns/:id/reminders', requirePermission(RUNNERS), validate('param', IdParam), validate('json', ReminderInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await remindEmployers(c.var.db, c.var.user!, c.var.config.mail, id, c.req.valid('json').inviteIds, c.req.url))
  })
  .post('/campaigns/:id/invites/:inviteId/revoke', requirePermission(RUNNERS), validate('param', InviteParam), async (c) => {
    const { id, inviteId } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => revokeInvite(trx, c.var.user!, id, inviteId)))
  })
  .get('/campaigns/:id/results', requirePermission(RUNNERS), validate('param', IdParam), async (c) =>
    c.json({ ...(await campaignResults(c.var.db, c.var.user!, c.req.valid('param').id)), emailEnabled: c.var.config.mail !== null }),
  )
  .get('/campaigns/:id/results.xlsx', requirePermission(RUNNERS), validate('param', IdParam), async (c) => {
    const { bytes, fileName } = await campaignWorkbook(c.var.db, c.var.user!, c.req.valid('param').id)
    return c.body(new Uint8Array(bytes), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="${fileName}"`,
    })
  })
  .post('/campaigns/:id/suggestions/:suggestionId/accept', requirePermission(RUNNERS), validate('param', SuggestionParam), validate('json', AcceptSuggestionInput), async (c) => {
    const { id, suggestionId } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => acceptSuggestion(trx, c.var.user!, id, suggestionId, c.req.valid('json'))))
  })
  .post('/campaigns/:id/suggestions/:suggestionId/decline', requirePermission(RUNNERS), validate('param', SuggestionParam), async (c) => {
    const { id, suggestionId } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => declineSuggestion(trx, c.var.user!, id, suggestionId)))
  })
  .post('/campaigns/:id/close', requirePermission(RUNNERS), validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => closeCampaign(trx, c.var.user!, id)))
  })
  .post('/campaigns/:id/reopen', requirePermission(RUNNERS), validate('param', IdParam), validate('json', ReopenInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => reopenCampaign(trx, c.var.user!, id, c.req.valid('json'))))
  })
