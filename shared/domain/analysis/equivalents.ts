// Which items of the pathway's frameworks stand for each other: competency links of relation 'equivalent',
// read both ways, between items of two different frameworks of the pathway. An alignment to one counts as
// covering the other (DESIGN §3 uncovered and never_mastered), so a partnership that aligns its modules to one
// standard is not told that the equivalent item of another is untaught.
import type { AnalysisCompetency, AnalysisEquivalence } from './types'

// Competency id → the ids of its equivalents, each pair once per side, in the links' order.
export function equivalentsOf(
  links: readonly AnalysisEquivalence[],
  competencies: ReadonlyMap<number, AnalysisCompetency>,
  frameworkIds: ReadonlySet<number>,
): ReadonlyMap<number, readonly number[]> {
  const out = new Map<number, number[]>()
  const add = (a: number, b: number) => {
    const list = out.get(a)
    if (!list) out.set(a, [b])
    else if (!list.includes(b)) list.push(b)
  }
  for (const { fromId, toId } of links) {
    const from = competencies.get(fromId)
    const to = competencies.get(toId)
    if (!from || !to || from.frameworkId === to.frameworkId) continue
    if (!frameworkIds.has(from.frameworkId) || !frameworkIds.has(to.frameworkId)) continue
    add(fromId, toId)
    add(toId, fromId)
  }
  return out
}
