// What the API answers about frameworks and their competencies: the framework list and one framework
// (GET /api/frameworks, /api/frameworks/:id) and the competency list (GET /api/competencies).
import { z } from 'zod'
import { BASIC_SKILL_SUBJECTS, COMPETENCY_KINDS, FRAMEWORK_KINDS, FRAMEWORK_STATUSES } from '../../domain/vocabulary'
import { Count, OwnerId, pageOf, RowId, Stamps } from './common'

export const FrameworkAnswer = z.object({
  id: RowId,
  // The framework's CASE identifier (CFDocument identifier).
  uuid: z.string(),
  title: z.string(),
  publisher: z.string().nullable(),
  version: z.string().nullable(),
  kind: z.enum(FRAMEWORK_KINDS),
  status: z.enum(FRAMEWORK_STATUSES),
  // Counts the framework's own edits; an edit names the revision it was made on.
  revision: z.number().int(),
  source: z.string().nullable(),
  license: z.string().nullable(),
  description: z.string().nullable(),
  organisationId: OwnerId,
  ...Stamps,
  competencyCount: Count,
})
export const FrameworkListAnswer = pageOf(FrameworkAnswer)

export const CompetencyListItem = z.object({
  id: RowId,
  // The item's CASE identifier (CFItem identifier).
  uuid: z.string(),
  frameworkId: RowId,
  frameworkTitle: z.string(),
  parentId: RowId.nullable(),
  code: z.string(),
  statement: z.string(),
  kind: z.enum(COMPETENCY_KINDS),
  level: z.string().nullable(),
  subject: z.enum(BASIC_SKILL_SUBJECTS).nullable(),
  position: z.number().int(),
  // A draft (an employer's suggestion accepted for review) is left out of the analysis.
  status: z.enum(['draft', 'active']),
  provenance: z.string().nullable(),
  retiredAt: z.string().nullable(),
})
// `totalCapped`: a search's total stopped counting at its cap.
export const CompetencyListAnswer = pageOf(CompetencyListItem).extend({ totalCapped: z.boolean() })

// A framework with its competencies as a tree (GET /api/frameworks/:id/tree): each item with its children.
const { frameworkTitle: _title, ...treeFields } = CompetencyListItem.shape
export type CompetencyNodeAnswer = z.input<typeof CompetencyNodeFields> & { children: CompetencyNodeAnswer[] }
const CompetencyNodeFields = z.object(treeFields)
export const CompetencyNodeAnswer: z.ZodType<CompetencyNodeAnswer> = CompetencyNodeFields.extend({
  get children() {
    return z.array(CompetencyNodeAnswer)
  },
})
export const FrameworkTreeAnswer = z.object({ framework: FrameworkAnswer, competencies: z.array(CompetencyNodeAnswer) })
export type FrameworkTreeAnswer = z.input<typeof FrameworkTreeAnswer>
export type FrameworkAnswer = z.input<typeof FrameworkAnswer>
export type FrameworkListAnswer = z.input<typeof FrameworkListAnswer>
export type CompetencyListAnswer = z.input<typeof CompetencyListAnswer>
