// /api/inbox: what concerns the signed-in person (mentions, assigned findings and review requests).
import { Hono } from 'hono'
import { InboxReadInput } from '../../shared/schemas/comment'
import { requireMember } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { markRead, readInbox, unreadCount } from '../services/inbox/inbox'

export const inbox = new Hono<AppEnv>()
  .get('/', requireMember, async (c) => c.json(await readInbox(c.var.db, c.var.user!)))
  .get('/unread', requireMember, async (c) => c.json(await unreadCount(c.var.db, c.var.user!)))
  .post('/read', requireMember, validate('json', InboxReadInput), async (c) =>
    c.json(await c.var.db.transaction().execute((trx) => markRead(trx, c.var.user!, c.req.valid('json')))),
  )
