// leaky_transition and low_completion: where learners stall on the ladder, read from the published outcome
// tables' totals over all terms (DESIGN §3, warnings). low_completion judges a credential by how many of those
// who attempted it earned it.
import { allLearnersRow, stageFlows } from '../../outcomes/stages'
import { ALL_TERMS, type PublishedOutcomeRow } from '../../outcomes/table'
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { credentialName, listOf, moduleName } from '../describe'
import type { RuleFinding } from '../types'
import { outcomeTables, percent, totalsTerm, type OutcomeFindingSettings, type OutcomeTables } from './outcomes-tables'

type Settings = { outcomes?: Partial<OutcomeFindingSettings> }

// A stage whose completers (enough of them, none hidden) continue to the next stage under the set share. The
// finding is about the modules of the next stage, where the next step looks (supports, schedule, entry); the
// message names the stage's modules too.
export function leakyTransition(index: AnalysisIndex, options: Settings = {}): RuleFinding[] {
  const { tables, settings } = outcomeTables(index, options.outcomes)
  const withTotals = tables.filter((t) => allLearnersRow(t.rows, ALL_TERMS) !== undefined)
  if (withTotals.length === 0) return []
  const { transitions } = stageFlows(tables, ALL_TERMS)
  return transitions.flatMap((t): RuleFinding[] => {
    if (t.partial || t.share === null || t.completed < settings.minLearners || t.share >= settings.leakyShare) return []
    const from = modulesInOrder(index, withTotals.filter((m) => m.stage === t.fromStage).map((m) => m.moduleId))
    const to = modulesInOrder(index, tables.filter((m) => m.stage === t.toStage).map((m) => m.moduleId))
    return [{
      key: `leaky_transition:s${t.fromStage}:s${t.toStage}`,
      kind: 'leaky_transition',
      severity: 'warning',
      message:
        `Of the ${t.completed} learners who completed stage ${t.fromStage} (${listOf(from.map(moduleName))}), ${t.continued} ` +
        `(${percent(t.share)}) continued to stage ${t.toStage} (${listOf(to.map(moduleName))}), under the ` +
        `${percent(settings.leakyShare)} expected (all terms reported).`,
      refs: { moduleIds: to.map((m) => m.id), stages: [t.fromStage, t.toStage] },
    }]
  })
}

// A module whose completion rate over all terms (enough learners enrolled, neither count hidden) is under the
// set share; a credential whose credential rate (earned over attempted) is.
export function lowCompletion(index: AnalysisIndex, options: Settings = {}): RuleFinding[] {
  const published = outcomeTables(index, options.outcomes)
  return [...lowModuleCompletion(index, published), ...lowCredentialRate(index, published)]
}

// The all-learners totals of a table and its rate, when enough learners are enrolled and the rate is under the share.
function under(rows: readonly PublishedOutcomeRow[], rate: 'completionRate' | 'credentialRate', settings: OutcomeFindingSettings) {
  const totals = allLearnersRow(rows, totalsTerm(rows))
  const value = totals?.[rate] ?? null
  if (!totals || value === null || totals.enrolled === null || totals.enrolled < settings.minLearners || value >= settings.lowCompletion) return null
  return { rate: value, enrolled: totals.enrolled, allTerms: totals.term === ALL_TERMS }
}

function lowModuleCompletion(index: AnalysisIndex, { tables, settings }: OutcomeTables): RuleFinding[] {
  const rowsOf = new Map(tables.map((t) => [t.moduleId, t.rows]))
  return modulesInOrder(index, rowsOf.keys()).flatMap((m): RuleFinding[] => {
    const low = under(rowsOf.get(m.id)!, 'completionRate', settings)
    if (!low) return []
    return [{
      key: `low_completion:m${m.id}`,
      kind: 'low_completion',
      severity: 'warning',
      message:
        `${percent(low.rate)} of the ${low.enrolled} learners enrolled in ${moduleName(m)} completed it` +
        `${low.allTerms ? ' (all terms reported)' : ''}, under the ${percent(settings.lowCompletion)} expected.`,
      refs: { moduleIds: [m.id], stages: [m.stage] },
    }]
  })
}

// The finding names the modules that lead to the credential, where learners prepare for it.
function lowCredentialRate(index: AnalysisIndex, { credentials, settings }: OutcomeTables): RuleFinding[] {
  return credentials.flatMap(({ credential: k, rows }): RuleFinding[] => {
    const low = under(rows, 'credentialRate', settings)
    if (!low) return []
    return [{
      key: `low_completion:k${k.id}`,
      kind: 'low_completion',
      severity: 'warning',
      message:
        `${percent(low.rate)} of the ${low.enrolled} learners who attempted ${credentialName(k)} earned it` +
        `${low.allTerms ? ' (all terms reported)' : ''}, under the ${percent(settings.lowCompletion)} expected.`,
      refs: { credentialIds: [k.id], moduleIds: modulesInOrder(index, k.moduleIds).map((m) => m.id) },
    }]
  })
}
