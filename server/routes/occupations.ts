// /api/occupations: the 2018 SOC occupations with their BLS wages and projections (public reference data).
import { Hono } from 'hono'
import { OccupationQuery, SocParam } from '../../shared/schemas/labor'
import { requireReader } from '../middleware/authorize'
import { OccupationAnswer, OccupationListAnswer } from '../../shared/schemas/answers/labor'
import { answers } from '../middleware/answers'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { getOccupation, searchOccupations } from '../services/labor/occupations'

export const occupations = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', OccupationQuery), answers(OccupationListAnswer), async (c) =>
    c.json((await searchOccupations(c.var.db, c.req.valid('query'))) satisfies OccupationListAnswer),
  )
  .get('/:soc', requireReader, validate('param', SocParam), answers(OccupationAnswer), async (c) =>
    c.json((await getOccupation(c.var.db, c.req.valid('param').soc)) satisfies OccupationAnswer),
  )
