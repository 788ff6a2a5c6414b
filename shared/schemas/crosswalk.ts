// Requests of framework crosswalks: the proposals between two frameworks, and a reviewer's decisions on them.
import { z } from 'zod'
import { Id, QueryWhole } from './common'

export const CROSSWALK_RELATIONS = ['equivalent', 'related'] as const

export const CrosswalkQuery = z.object({
  from: Id,
  to: Id,
  limit: QueryWhole(1).max(1000, 'must be at most 1000').default(300),
})
export type CrosswalkQuery = z.infer<typeof CrosswalkQuery>

const Pair = z.object({ fromId: Id, toId: Id })

// At most this many pairs in one batch of decisions (a 300-item framework's proposals, reviewed at once).
export const MAX_DECISIONS = 500

// Accepted pairs become links of their relation (fromId an item of `from`, toId of `to`); rejected pairs are kept
// so they are not proposed again. All of it is written, or nothing.
export const CrosswalkDecisionsInput = z
  .object({
    from: Id,
    to: Id,
    accept: z.array(Pair.extend({ relation: z.enum(CROSSWALK_RELATIONS) })).max(MAX_DECISIONS).default([]),
    reject: z.array(Pair).max(MAX_DECISIONS).default([]),
  })
  .refine((d) => d.accept.length + d.reject.length > 0, { message: 'Accept or reject at least one pair', path: ['accept'] })
export type CrosswalkDecisionsInput = z.infer<typeof CrosswalkDecisionsInput>
