// /api/my/invitations: an employer account's validation invitations, answered while signed in. The same
// answers as through the emailed link, addressed by invitation id; only invitations sent to the person's
// account or email are found.
import { Hono, type MiddlewareHandler } from 'hono'
import { IdParam } from '../../shared/schemas/common'
import { InvitationCompetencyParam, RatingInput, SuggestionInput } from '../../shared/schemas/validation'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { AppError } from '../errors'
import { invitationsOfPerson, openForPerson, rate, readForPerson, reviewForm, submit, suggest } from '../services/validation/review'

// Only employer accounts receive invitations: 401 without a session, 403 for other roles.
const employerOnly: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.user) throw new AppError('unauthenticated', 401, 'Sign in to see your invitations.')
  if (c.var.user.role !== 'employer') throw new AppError('forbidden', 403, 'Only employer accounts receive validation invitations.')
  await next()
}

export const invitations = new Hono<AppEnv>()
  .get('/', employerOnly, async (c) => c.json({ items: await invitationsOfPerson(c.var.db, c.var.user!) }))
  .get('/:id', employerOnly, validate('param', IdParam), async (c) => {
    const invite = await readForPerson(c.var.db, c.var.user!, c.req.valid('param').id)
    return c.json(await reviewForm(c.var.db, invite))
  })
  .put('/:id/ratings/:competencyId', employerOnly, validate('param', InvitationCompetencyParam), validate('json', RatingInput), async (c) => {
    const { id, competencyId } = c.req.valid('param')
    return c.json(
      await c.var.db.transaction().execute(async (trx) => rate(trx, await openForPerson(trx, c.var.user!, id), competencyId, c.req.valid('json'))),
    )
  })
  .post('/:id/suggestions', employerOnly, validate('param', IdParam), validate('json', SuggestionInput), async (c) => {
    const { id } = c.req.valid('param')
    const created = await c.var.db.transaction().execute(async (trx) => suggest(trx, await openForPerson(trx, c.var.user!, id), c.req.valid('json')))
    return c.json(created, 201)
  })
  .post('/:id/submit', employerOnly, validate('param', IdParam), async (c) => {
    const { id } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute(async (trx) => submit(trx, await openForPerson(trx, c.var.user!, id))))
  })
