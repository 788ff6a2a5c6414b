// Placing one's own bridge or integrated module on a stage of a pathway, and the owners' answer to a proposal.
import { z } from 'zod'
import { Id, Whole } from './common'
import { Slug } from './pathway'

export const PlacementInput = z.object({
  moduleId: Id,
  stage: Whole(1).max(20),
})
export type PlacementInput = z.infer<typeof PlacementInput>

export const ProposalParam = z.object({ slug: Slug, id: Id })
