// The instance's settings of the outcome findings (RUNGS_OUTCOME_*) as analysis options: every analysis of a
// server (page, decision, export, report) publishes outcome tables at the same threshold and judges them alike.
import type { AnalysisOptions } from '../../../shared/domain/analysis/analyse'
import { DEFAULT_OUTCOME_FINDINGS, type OutcomeFindingSettings } from '../../../shared/domain/analysis/rules/outcomes-tables'

// Everything but the small-cell threshold, which the instance sets on its own (RUNGS_OUTCOME_MIN_COUNT).
export type OutcomeRuleSettings = Omit<OutcomeFindingSettings, 'threshold'>

const { threshold: _threshold, ...ruleDefaults } = DEFAULT_OUTCOME_FINDINGS
export const DEFAULT_OUTCOME_RULES: OutcomeRuleSettings = ruleDefaults

export function outcomeAnalysisOptions(config: { outcomeMinCount: number; outcomeFindings: OutcomeRuleSettings }): AnalysisOptions {
  return { outcomes: { threshold: config.outcomeMinCount, ...config.outcomeFindings } }
}
