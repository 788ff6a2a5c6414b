// Parameters of the CASE 1.0 read API (/ims/case/v1p0): identifiers are UUIDs, lists take limit and offset.
import { z } from 'zod'
import { QueryWhole } from './common'

const UUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
export const CaseIdParam = z.object({ id: z.string().regex(UUID, 'must be a UUID') })

// A framework named by its row id or its CASE identifier (the CFDocument's UUID); plain text, so the OpenAPI
// description can show it (the service tells the two apart).
export const FrameworkRef = z.string().regex(new RegExp(`^(?:[1-9]\\d{0,9}|${UUID.source.slice(1, -1)})$`), 'must be a framework id (a whole number) or its CASE identifier (a UUID)')
export const FrameworkRefParam = z.object({ id: FrameworkRef })

export const CASE_VERSIONS = ['1.0', '1.1'] as const
export type CaseVersion = (typeof CASE_VERSIONS)[number]
// ?version=1.0|1.1 of a CASE export; omitted: the version the framework was imported in (1.0 for Rungs' own).
export const CaseExportQuery = z.object({ version: z.enum(CASE_VERSIONS).optional() })
export const CasePage = z.object({
  limit: QueryWhole(1).max(1000).default(100),
  offset: QueryWhole(0).default(0),
})
