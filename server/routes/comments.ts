// /api/comments: threads of comments on modules, outcomes, competencies, pathways and findings, for members.
import { Hono } from 'hono'
import { CommentCountsInput, CommentInput, CommentQuery, MentionQuery, ThreadInput, ThreadPatch } from '../../shared/schemas/comment'
import { IdParam } from '../../shared/schemas/common'
import { requireMember } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { peopleToMention } from '../services/comments/mentions'
import { countComments, listThreads } from '../services/comments/read'
import { resolveTarget } from '../services/comments/target'
import { editComment, openThread, removeComment, replyToThread, setThreadResolved } from '../services/comments/write'

export const comments = new Hono<AppEnv>()
  .get('/', requireMember, validate('query', CommentQuery), async (c) => c.json(await listThreads(c.var.db, c.var.user!, c.req.valid('query'))))
  .post('/', requireMember, validate('json', ThreadInput), async (c) => {
    const thread = await c.var.db.transaction().execute((trx) => openThread(trx, c.var.user!, c.req.valid('json')))
    return c.json(thread, 201)
  })
  .post('/counts', requireMember, validate('json', CommentCountsInput), async (c) => c.json(await countComments(c.var.db, c.var.user!, c.req.valid('json').targets)))
  .get('/people', requireMember, validate('query', MentionQuery), async (c) => {
    const query = c.req.valid('query')
    const target = await resolveTarget(c.var.db, c.var.user!, query)
    return c.json({ items: await peopleToMention(c.var.db, target, query.q, query.limit) })
  })
  .post('/threads/:id/replies', requireMember, validate('param', IdParam), validate('json', CommentInput), async (c) => {
    const { id } = c.req.valid('param')
    const thread = await c.var.db.transaction().execute((trx) => replyToThread(trx, c.var.user!, id, c.req.valid('json')))
    return c.json(thread, 201)
  })
  .patch('/threads/:id', requireMember, validate('param', IdParam), validate('json', ThreadPatch), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => setThreadResolved(trx, c.var.user!, id, c.req.valid('json').resolved)))
  })
  .patch('/:id', requireMember, validate('param', IdParam), validate('json', CommentInput), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute((trx) => editComment(trx, c.var.user!, id, c.req.valid('json'))))
  })
  .delete('/:id', requireMember, validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    return c.json({ thread: await c.var.db.transaction().execute((trx) => removeComment(trx, c.var.user!, id)) })
  })
