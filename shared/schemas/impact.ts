// Change impact: what depends on a module, a competency or a credential ("Used by"), and what a proposed
// removal would do to the findings of the pathways it touches, before it is saved.
import { z } from 'zod'
import type { Finding } from '../domain/analysis/types'
import { DEPTHS } from '../domain/vocabulary'
import { Id } from './common'

// A change as the editor proposes it (shared/domain/impact/propose.ts applies it to an analysis input).
export const ProposedChangeInput = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('module_alignments'),
    moduleId: Id,
    // Every alignment of the module (to itself and to its outcomes) as it would be after the change.
    alignments: z.array(z.object({ competencyId: Id, depth: z.enum(DEPTHS) })).max(10_000),
  }),
  z.object({ kind: z.literal('remove_module'), moduleId: Id }),
  z.object({ kind: z.literal('remove_competency'), competencyId: Id }),
  z.object({ kind: z.literal('remove_credential'), credentialId: Id }),
  // A saved outcome of a module, with the alignments made through it.
  z.object({ kind: z.literal('remove_outcome'), outcomeId: Id }),
])
export type ProposedChangeInput = z.infer<typeof ProposedChangeInput>

export const DEPENDENT_KINDS = ['pathway', 'alignment', 'module', 'bridge', 'prerequisite', 'credential', 'stacking', 'articulation', 'requirement', 'link', 'child', 'campaign'] as const
export type DependentKind = (typeof DEPENDENT_KINDS)[number]

// Headings for each kind of dependent, in the order a page lists them.
export const DEPENDENT_LABELS: Record<DependentKind, string> = {
  pathway: 'Pathways',
  alignment: 'Competencies it aligns to',
  module: 'Modules aligned to it',
  bridge: 'Bridges that prepare for it',
  prerequisite: 'Modules that need it first',
  credential: 'Credentials it leads to',
  stacking: 'Stacking',
  articulation: 'Articulations',
  requirement: 'Competencies that require it',
  link: 'Other links',
  child: 'Competencies under it',
  campaign: 'Open validation campaigns',
}

// One row that depends on the subject: what it is (code and title), how it depends (note), and where it lives.
export type Dependent = {
  kind: DependentKind
  id: number
  code: string | null
  title: string
  note: string | null
  href: string
}

export type UsedBy = {
  subject: { kind: 'module' | 'competency' | 'credential' | 'outcome'; id: number; code: string | null; title: string }
  dependents: Dependent[]
}

// What a change would do to the findings of one pathway.
export type PathwayImpact = { pathway: { id: number; slug: string; title: string }; raised: Finding[]; cleared: Finding[] }

export type ImpactReport = UsedBy & { pathways: PathwayImpact[] }
