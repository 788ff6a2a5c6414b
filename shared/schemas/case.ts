// Parameters of the CASE 1.0 read API (/ims/case/v1p0): identifiers are UUIDs, lists take limit and offset.
import { z } from 'zod'
import { QueryWhole } from './common'

export const CaseIdParam = z.object({ id: z.string().regex(/^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/, 'must be a UUID') })
export const CasePage = z.object({
  limit: QueryWhole(1).max(1000).default(100),
  offset: QueryWhole(0).default(0),
})
