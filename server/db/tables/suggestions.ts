// Row types of dismissed suggestions (migration 20261213T500000): a competency a person said not to suggest again
// for an outcome, or for a module as a whole (outcomeId null).
import type { Generated } from 'kysely'

export interface SuggestionDismissalsTable {
  id: Generated<number>
  moduleId: number
  outcomeId: number | null
  competencyId: number
  dismissedBy: number | null
  dismissedAt: string
}

export interface SuggestionTables {
  suggestion_dismissals: SuggestionDismissalsTable
}
