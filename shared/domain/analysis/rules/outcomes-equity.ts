// equity_gap: a group of learners that completes a module, or earns its credential, well below the module's
// other learners, or earns a credential it attempted well below the credential's other learners, with enough
// learners on both sides (DESIGN §3, warning). Read from the published tables'
// totals over all terms, so no gap rests on a hidden count.
import { describeGap, subgroupGaps, type GapSubject, type OutcomeGap } from '../../outcomes/gaps'
import { ALL_TERMS, type PublishedOutcomeRow } from '../../outcomes/table'
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { credentialName, moduleName } from '../describe'
import type { RuleFinding } from '../types'
import { outcomeTables, totalsTerm, type OutcomeFindingSettings } from './outcomes-tables'

const subgroupKey = (dimension: string, value: string) => `g${encodeURIComponent(dimension)}=${encodeURIComponent(value)}`

// The gaps of a table over all terms, grouped by subgroup: one finding per group, naming each measure.
function gapsByGroup(rows: readonly PublishedOutcomeRow[], subject: GapSubject, settings: OutcomeFindingSettings) {
  const term = totalsTerm(rows)
  const byGroup = new Map<string, OutcomeGap[]>()
  for (const gap of subgroupGaps(rows, term, { minLearners: settings.minLearners, minPoints: settings.equityGapPoints, subject })) {
    const key = subgroupKey(gap.dimension, gap.value)
    byGroup.set(key, [...(byGroup.get(key) ?? []), gap])
  }
  return { allTerms: term === ALL_TERMS, groups: [...byGroup] }
}

const gapWords = (found: readonly OutcomeGap[], name: string, subject: GapSubject, points: number) =>
  `${found.map((gap) => `${describeGap(gap, name, subject)} (${Math.round(gap.points)} points)`).join('; ')}, more than the ${points} points set as a gap.`

// One finding per module and group, naming each measure (completion, credential) the group falls behind on, and
// per credential and group.
export function equityGap(index: AnalysisIndex, options: { outcomes?: Partial<OutcomeFindingSettings> } = {}): RuleFinding[] {
  const { tables, credentials, settings } = outcomeTables(index, options.outcomes)
  const rowsOf = new Map(tables.map((t) => [t.moduleId, t.rows]))
  const ofModules = modulesInOrder(index, rowsOf.keys()).flatMap((m) => {
    const { allTerms, groups } = gapsByGroup(rowsOf.get(m.id)!, 'module', settings)
    return groups.map(([group, found]): RuleFinding => ({
      key: `equity_gap:m${m.id}:${group}`,
      kind: 'equity_gap',
      severity: 'warning',
      message: `In ${moduleName(m)}${allTerms ? ' over all terms reported' : ''}: ${gapWords(found, m.code, 'module', settings.equityGapPoints)}`,
      refs: { moduleIds: [m.id], stages: [m.stage] },
    }))
  })
  const ofCredentials = credentials.flatMap(({ credential: k, rows }) => {
    const { allTerms, groups } = gapsByGroup(rows, 'credential', settings)
    return groups.map(([group, found]): RuleFinding => ({
      key: `equity_gap:k${k.id}:${group}`,
      kind: 'equity_gap',
      severity: 'warning',
      message: `In ${credentialName(k)}${allTerms ? ' over all terms reported' : ''}: ${gapWords(found, k.title, 'credential', settings.equityGapPoints)}`,
      refs: { credentialIds: [k.id], moduleIds: modulesInOrder(index, k.moduleIds).map((m) => m.id) },
    }))
  })
  return [...ofModules, ...ofCredentials]
}
