// What GET /api/pathways/:slug/outcomes answers: the learner outcomes of a pathway's modules and of the
// credentials they lead to, published as the reader may see them (counts under `threshold` hidden, and listed
// in each row's `suppressed`).
import { z } from 'zod'
import { OUTCOME_COUNTS, OUTCOME_RATES } from '../../domain/outcomes/measures'
import { OutcomeGapSettings } from '../outcomes'
import { Count, RowId } from './common'

const FIGURES = [...OUTCOME_COUNTS, ...(Object.keys(OUTCOME_RATES) as (keyof typeof OUTCOME_RATES)[]), 'medianEarningsQ2'] as const

const OutcomeRowAnswer = z.object({
  term: z.string(),
  // Both empty on a term's all-learners row.
  subgroupDimension: z.string(),
  subgroupValue: z.string(),
  ...(Object.fromEntries(FIGURES.map((f) => [f, z.number().nullable()])) as Record<(typeof FIGURES)[number], z.ZodNullable<z.ZodNumber>>),
  suppressed: z.array(z.enum(FIGURES)),
})

// `whole`: the reader's own organisation's data, nothing hidden.
const publishedFields = { whole: z.boolean(), threshold: Count, sources: z.array(z.string()), rows: z.array(OutcomeRowAnswer) }

export const PathwayOutcomesAnswer = z.object({
  threshold: Count,
  terms: z.array(z.string()),
  sources: z.array(z.string()),
  modules: z.array(z.object({ moduleId: RowId, code: z.string(), title: z.string(), ...publishedFields })),
  credentials: z.array(z.object({ credentialId: RowId, title: z.string(), ...publishedFields })),
  // How wide a gap between a group and the other learners must be, and with how many on each side, to be told.
  gaps: OutcomeGapSettings,
})
export type PathwayOutcomesAnswer = z.input<typeof PathwayOutcomesAnswer>
