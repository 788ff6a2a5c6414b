// /api/review/:token: the public reviewer API an invitation link opens, without an account. The token in the
// path is the credential (so cross-site requests cannot forge one), and every request is rate-limited.
import { Hono, type MiddlewareHandler } from 'hono'
import { RatingInput, SuggestionInput, TokenCompetencyParam, TokenParam } from '../../shared/schemas/validation'
import { clientAddress } from '../middleware/client-address'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { limitReviewRequest } from '../services/validation/rate-limit'
import { openByToken, rate, readByToken, reviewForm, submit, suggest } from '../services/validation/review'

// Counts the request against its token and address before anything else runs; answers are never cached.
const limited: MiddlewareHandler<AppEnv> = async (c, next) => {
  await limitReviewRequest(c.var.db, c.req.param('token') ?? '', clientAddress(c))
  c.header('Cache-Control', 'no-store')
  c.header('Referrer-Policy', 'no-referrer')
  await next()
}

export const review = new Hono<AppEnv>()
  .get('/:token', limited, validate('param', TokenParam), async (c) => {
    const invite = await readByToken(c.var.db, c.req.valid('param').token)
    return c.json(await reviewForm(c.var.db, invite))
  })
  .put('/:token/ratings/:competencyId', limited, validate('param', TokenCompetencyParam), validate('json', RatingInput), async (c) => {
    const { token, competencyId } = c.req.valid('param')
    return c.json(
      await c.var.db.transaction().execute(async (trx) => rate(trx, await openByToken(trx, token), competencyId, c.req.valid('json'))),
    )
  })
  .post('/:token/suggestions', limited, validate('param', TokenParam), validate('json', SuggestionInput), async (c) => {
    const { token } = c.req.valid('param')
    const created = await c.var.db.transaction().execute(async (trx) => suggest(trx, await openByToken(trx, token), c.req.valid('json')))
    return c.json(created, 201)
  })
  .post('/:token/submit', limited, validate('param', TokenParam), async (c) => {
    const { token } = c.req.valid('param')
    return c.json(await c.var.db.transaction().execute(async (trx) => submit(trx, await openByToken(trx, token))))
  })
