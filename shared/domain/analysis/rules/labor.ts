// below_family_wage and no_demand: a ladder is worth climbing when its top rung pays a family-sustaining wage and
// its jobs are still there to be had (DESIGN §3, info findings).
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { listOf, moduleName } from '../describe'
import type { AnalysisExitOccupation, RuleFinding } from '../types'

const dollars = (n: number) => `$${n.toFixed(2)}`
const job = (o: AnalysisExitOccupation) => `${o.socCode} ${o.title}`

// The exits at the top of the pathway: the marked exits of the highest stage that holds one.
function topExits(index: AnalysisIndex) {
  const exits = [...index.modules.values()].filter((m) => m.isExit)
  const top = exits.reduce((high, m) => Math.max(high, m.stage), -Infinity)
  return modulesInOrder(index, exits.filter((m) => m.stage === top).map((m) => m.id))
}

// A top-of-pathway exit whose best-paid named job (with a published median) still pays below the pathway's
// family-sustaining wage: finishing the ladder does not lift a family out of hardship.
export function belowFamilyWage(index: AnalysisIndex): RuleFinding[] {
  const { familyWage, exitOccupations = [] } = index.input
  if (!familyWage) return []
  const findings: RuleFinding[] = []
  for (const exit of topExits(index)) {
    const paid = exitOccupations.filter((o) => o.moduleId === exit.id && o.hourlyMedian !== null)
    if (!paid.length || paid.some((o) => o.hourlyMedian! >= familyWage.hourly)) continue
    const best = Math.max(...paid.map((o) => o.hourlyMedian!))
    findings.push({
      key: `below_family_wage:m${exit.id}`,
      kind: 'below_family_wage',
      severity: 'info',
      message:
        `The jobs at ${moduleName(exit)}, the top of the pathway, pay a median of at most ${dollars(best)} an hour ` +
        `(${listOf(paid.map((o) => `${job(o)} ${dollars(o.hourlyMedian!)}`))}), below the family-sustaining wage of ` +
        `${dollars(familyWage.hourly)}${familyWage.source ? ` (${familyWage.source})` : ''}.`,
      refs: { moduleIds: [exit.id], occupations: paid.map((o) => o.socCode) },
    })
  }
  return findings
}

// A job named at an exit whose employment is projected to decline: learners are trained for shrinking demand.
export function noDemand(index: AnalysisIndex): RuleFinding[] {
  const declining = new Map<string, AnalysisExitOccupation[]>()
  for (const o of index.input.exitOccupations ?? []) {
    if (o.changePercent === null || o.changePercent >= 0 || !index.modules.has(o.moduleId)) continue
    declining.set(o.socCode, [...(declining.get(o.socCode) ?? []), o])
  }
  return [...declining.values()].map((named) => {
    const o = named[0]!
    const exits = modulesInOrder(index, named.map((n) => n.moduleId))
    return {
      key: `no_demand:j${o.socCode}`,
      kind: 'no_demand' as const,
      severity: 'info' as const,
      message:
        `Employment of ${job(o)}, named at ${listOf(exits.map(moduleName))}, is projected to change by ` +
        `${o.changePercent}%${o.projectionPeriod ? ` over ${o.projectionPeriod}` : ''}: fewer of these jobs are expected.`,
      refs: { moduleIds: exits.map((m) => m.id), occupations: [o.socCode] },
    }
  })
}
