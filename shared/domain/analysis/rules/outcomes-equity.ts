// equity_gap: a group of learners that completes a module, or earns its credential, well below the module's
// other learners, with enough learners on both sides (DESIGN §3, warning). Read from the published tables'
// totals over all terms, so no gap rests on a hidden count.
import { describeGap, subgroupGaps } from '../../outcomes/gaps'
import { ALL_TERMS } from '../../outcomes/table'
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { moduleName } from '../describe'
import type { RuleFinding } from '../types'
import { outcomeTables, totalsTerm, type OutcomeFindingSettings } from './outcomes-tables'

const subgroupKey = (dimension: string, value: string) => `g${encodeURIComponent(dimension)}=${encodeURIComponent(value)}`

// One finding per module and group, naming each measure (completion, credential) the group falls behind on.
export function equityGap(index: AnalysisIndex, options: { outcomes?: Partial<OutcomeFindingSettings> } = {}): RuleFinding[] {
  const { tables, settings } = outcomeTables(index, options.outcomes)
  const rowsOf = new Map(tables.map((t) => [t.moduleId, t.rows]))
  return modulesInOrder(index, rowsOf.keys()).flatMap((m) => {
    const rows = rowsOf.get(m.id)!
    const term = totalsTerm(rows)
    const gaps = subgroupGaps(rows, term, { minLearners: settings.minLearners, minPoints: settings.equityGapPoints })
    const byGroup = new Map<string, typeof gaps>()
    for (const gap of gaps) {
      const key = subgroupKey(gap.dimension, gap.value)
      byGroup.set(key, [...(byGroup.get(key) ?? []), gap])
    }
    return [...byGroup].map(([group, found]): RuleFinding => ({
      key: `equity_gap:m${m.id}:${group}`,
      kind: 'equity_gap',
      severity: 'warning',
      message:
        `In ${moduleName(m)}${term === ALL_TERMS ? ' over all terms reported' : ''}: ` +
        `${found.map((gap) => `${describeGap(gap, m.code)} (${Math.round(gap.points)} points)`).join('; ')}, ` +
        `more than the ${settings.equityGapPoints} points set as a gap.`,
      refs: { moduleIds: [m.id], stages: [m.stage] },
    }))
  })
}
