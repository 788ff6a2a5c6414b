// /api/occupations: the 2018 SOC occupations with their BLS wages and projections (public reference data).
import { Hono } from 'hono'
import { OccupationQuery, SocParam } from '../../shared/schemas/labor'
import { requireReader } from '../middleware/authorize'
import type { AppEnv } from '../middleware/context'
import { validate } from '../middleware/validate'
import { getOccupation, searchOccupations } from '../services/labor/occupations'

export const occupations = new Hono<AppEnv>()
  .get('/', requireReader, validate('query', OccupationQuery), async (c) => c.json(await searchOccupations(c.var.db, c.req.valid('query'))))
  .get('/:soc', requireReader, validate('param', SocParam), async (c) => c.json(await getOccupation(c.var.db, c.req.valid('param').soc)))
