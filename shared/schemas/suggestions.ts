// Suggested alignments (issue 19): which frameworks to draw from and how many to return, and a dismissal.
import { z } from 'zod'
import { Id, QueryWhole } from './common'

// Frameworks named (each must be one the module's pathways use); none named: all of them.
export const SuggestionQuery = z.object({
  frameworkId: z.union([Id, z.array(Id).max(20)]).optional(),
  limit: QueryWhole(1).max(50, 'must be at most 50').default(10),
})
export type SuggestionQuery = z.infer<typeof SuggestionQuery>

// "Do not suggest this competency here again."
export const DismissInput = z.object({ competencyId: Id })
export type DismissInput = z.infer<typeof DismissInput>

export type SuggestedFramework = { id: number; title: string; kind: 'occupational' | 'basic_skills' | 'employability' }

export type SuggestedCompetency = {
  competencyId: number
  code: string
  statement: string
  frameworkId: number
  frameworkTitle: string
  // 0–1: how closely the item's words (statement, code, ancestors) match the text, synonyms counted at half.
  score: number
  // The item's words that matched, for highlight() of shared/domain/suggestions/highlight.
  matched: string[]
}
