// What GET /api/pathways/:slug/findings answers: a page of the stored analysis's findings, each naming its rows
// by id (`refs`) and by code and title (`rows`), with its status and decision, and the counts by kind and severity.
import { z } from 'zod'
import { FINDING_KINDS, SEVERITIES } from '../../domain/analysis/types'
import { DECISION_KINDS, FINDING_STATUSES } from '../finding-decision'
import { Count, RowId } from './common'

const ids = z.array(RowId).optional()
const FindingRefs = z.object({
  moduleIds: ids,
  competencyIds: ids,
  outcomeIds: ids,
  credentialIds: ids,
  levels: z.array(z.string()).optional(),
  stages: z.array(z.number().int()).optional(),
  occupations: z.array(z.string()).optional(),
})

// Each list is present when `refs` has the ids it names, in the same order.
const FindingRows = z.object({
  modules: z.array(z.object({ id: RowId, code: z.string(), title: z.string(), level: z.string(), stage: z.number().int() })).optional(),
  competencies: z.array(z.object({ id: RowId, code: z.string(), title: z.string(), frameworkId: RowId })).optional(),
  outcomes: z.array(z.object({ id: RowId, moduleId: RowId, text: z.string() })).optional(),
  credentials: z.array(z.object({ id: RowId, title: z.string() })).optional(),
  occupations: z
    .array(z.object({ socCode: z.string(), title: z.string(), hourlyMedian: z.number().nullable(), wageSource: z.string().nullable(), changePercent: z.number().nullable() }))
    .optional(),
})

// Who decided and who is assigned are named to people signed in only (null otherwise).
const FindingDecisionAnswer = z.object({
  id: RowId,
  decision: z.enum(DECISION_KINDS),
  reason: z.string().nullable(),
  assigneeId: RowId.nullable(),
  assigneeName: z.string().nullable(),
  dueOn: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string(),
  // false when the facts changed since: the decision has lapsed and the finding is open again.
  standing: z.boolean(),
})

export const FindingAnswer = z.object({
  key: z.string(),
  kind: z.enum(FINDING_KINDS),
  severity: z.enum(SEVERITIES),
  message: z.string(),
  refs: FindingRefs,
  nextStep: z.string(),
  rows: FindingRows,
  fingerprint: z.string(),
  factsHash: z.string(),
  status: z.enum(FINDING_STATUSES),
  decision: FindingDecisionAnswer.nullable(),
})

const countsBy = <Keys extends readonly [string, ...string[]]>(keys: Keys) => z.object(Object.fromEntries(keys.map((k) => [k, Count])) as Record<Keys[number], typeof Count>)
const FindingCounts = z.object({ byKind: countsBy(FINDING_KINDS), bySeverity: countsBy(SEVERITIES) })

export const FindingsAnswer = z.object({
  pathway: z.object({ id: RowId, slug: z.string(), title: z.string() }),
  findings: z.array(FindingAnswer),
  // Of the findings the filters select, and of all unresolved ones.
  counts: FindingCounts,
  totals: FindingCounts,
  byStatus: countsBy(FINDING_STATUSES),
  // When the served result was computed (null before the first one is, with status 202).
  generatedAt: z.string().nullable(),
  // true while a newer result is being computed.
  updating: z.boolean(),
  total: Count,
  limit: Count.nullable(),
  offset: Count,
})
export type FindingsAnswer = z.input<typeof FindingsAnswer>
