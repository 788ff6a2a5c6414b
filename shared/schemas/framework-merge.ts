// Merging one framework into another, or one competency into another: the request, and what the merge moves
// (the preview answers exactly what the commit then does).
import { z } from 'zod'
import { Id } from './common'

// POST /api/frameworks/:id/merge(/preview) and /api/competencies/:id/merge(/preview): `sourceId` is merged into
// the row of the path, and is gone afterwards.
export const MergeInput = z.object({ sourceId: Id })
export type MergeInput = z.infer<typeof MergeInput>

// Rows that now point at the target instead of the source, and rows that collapsed into one already there (two
// alignments of one module become one at the deeper depth; an employer's second rating of the same item goes).
export type MergeMove = { moved: number; collapsed: number }

export const MERGE_PARTS = ['alignments', 'links', 'ratings', 'results', 'campaignAreas', 'suggestions', 'comments', 'children', 'pathways'] as const
export type MergePart = (typeof MERGE_PARTS)[number]

// What each part is, in words, for the preview and the audit trail.
export const MERGE_PART_LABELS: Record<MergePart, string> = {
  alignments: 'module alignments',
  links: 'competency links (requirements and others)',
  ratings: "employers' ratings",
  results: 'recorded validation results',
  campaignAreas: 'validation campaign areas',
  suggestions: "employers' suggestions",
  comments: 'discussions',
  children: 'child items',
  pathways: 'pathways held against it',
}

export type MergeSummary = {
  target: { id: number; title: string }
  source: { id: number; title: string }
  // Items of the source matched to an item of the target (same code and statement) and merged into it, and
  // items that move across as they are. Codes found on both sides with different statements move as a second item.
  items: { matched: number; moved: number; sameCodeDifferentStatement: string[] }
  // The first pairs matched, for the preview to show.
  matches: { sourceCode: string; targetCode: string; statement: string }[]
  references: Record<MergePart, MergeMove>
  // Modules whose alignments move: the codes the person may see, and how many others.
  modules: { codes: string[]; hidden: number }
}
