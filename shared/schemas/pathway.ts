import { z } from 'zod'
import { Id, Line, OptionalLine, Page, SearchText, Text, Whole } from './common'
import { FamilyWage, SocCodes } from './labor'
import { PathwaySupports } from './supports'

export const Slug = z
  .string()
  .trim()
  .min(2)
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lowercase letters, digits and single hyphens')

// A pathway is read by its slug: /api/pathways/:slug.
export const SlugParam = z.object({ slug: Slug })

// ?view=public asks for the road map as the public sees it (signed-in people's "Student view").
export const RoadMapQuery = z.object({ view: z.enum(['public', 'partner']).optional() })

export const Occupation = z.object({
  socCode: Text(20).regex(/^\d{2}-\d{4}(\.\d{2})?$/, 'A SOC code looks like 51-4041'),
  title: Line(),
})
export type Occupation = z.infer<typeof Occupation>

export const PathwayModulePlacement = z.object({
  moduleId: Id,
  stage: Whole(1).max(20),
  position: Whole(0).default(0),
  isEntry: z.boolean().default(false),
  isExit: z.boolean().default(false),
  // The jobs this exit point leads to (SOC 2018 codes); only an exit names them. Omitted: the exit keeps those it
  // had, so a client that does not know of them cannot drop them.
  occupations: SocCodes.optional(),
})
export type PathwayModulePlacement = z.infer<typeof PathwayModulePlacement>

export const PathwayInput = z.object({
  slug: Slug,
  title: Line(),
  sector: Line(),
  description: OptionalLine(4000),
  occupations: z.array(Occupation).max(50).default([]),
  frameworkIds: z.array(Id).max(20).default([]),
  modules: z.array(PathwayModulePlacement).max(500).default([]),
  ...FamilyWage.shape,
  supports: PathwaySupports.default([]),
})
export type PathwayInput = z.infer<typeof PathwayInput>

// Collections, when given, replace what the pathway had, in one transaction. An update names the version it was
// read at; a stale version is refused with 409.
export const PathwayPatch = z.object({
  version: Whole(1),
  slug: Slug.optional(),
  title: Line().optional(),
  sector: Line().optional(),
  description: OptionalLine(4000).optional(),
  occupations: z.array(Occupation).max(50).optional(),
  frameworkIds: z.array(Id).max(20).optional(),
  modules: z.array(PathwayModulePlacement).max(500).optional(),
  ...FamilyWage.shape,
  supports: PathwaySupports.optional(),
})
export type PathwayPatch = z.infer<typeof PathwayPatch>

export const PathwayQuery = Page.extend({ q: SearchText() })
