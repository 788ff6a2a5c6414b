// Short human names of the finding kinds and severities, for pages and headings (definitions live in the export's about sheet).
import type { FindingKind, Severity } from './types'

export const FINDING_KIND_LABELS: Record<FindingKind, string> = {
  uncovered: 'Uncovered competencies',
  never_mastered: 'Never mastered',
  out_of_order: 'Out of order',
  duplicated_across_levels: 'Duplicated across levels',
  near_duplicate_outcomes: 'Near-duplicate outcomes',
  bridge_gap: 'Bridge gaps',
  no_credential: 'Modules leading to no credential',
  dead_end_credential: 'Dead-end credentials',
  not_needed_but_taught: 'Taught but not needed by employers',
  no_adult_entry: 'No adult entry point',
  below_family_wage: 'Top jobs below a family-sustaining wage',
  no_demand: 'Exit jobs in decline',
  leaky_transition: 'Leaky transitions (outcome data)',
  low_completion: 'Low completion (outcome data)',
  equity_gap: 'Equity gaps (outcome data)',
}

export const SEVERITY_LABELS: Record<Severity, string> = { critical: 'Critical', warning: 'Warning', info: 'Info' }
