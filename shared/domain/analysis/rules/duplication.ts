// duplicated_across_levels: a competency mastered in two modules that no articulation joins, so a student
// who climbs from one to the other is taught and assessed on it twice.
import type { Level } from '../../vocabulary'
import { alignedTo, inLadderOrder, type AnalysisIndex } from '../build-index'
import { competencyName, levelName, listOf, moduleName } from '../describe'
import type { AnalysisModule, RuleFinding } from '../types'

// Each module's name with its level, made once: a statewide catalogue names the same module many times.
const namesWithLevel = new WeakMap<AnalysisModule, string>()
function nameWithLevel(m: AnalysisModule): string {
  let name = namesWithLevel.get(m)
  if (name === undefined) namesWithLevel.set(m, (name = `${moduleName(m)} (${levelName(m.level)})`))
  return name
}

// One finding per leaf mastered in two or more modules of which some pair has no articulation between
// them; it lists every module that lacks an articulation with another of them.
export function duplicatedAcrossLevels(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  // One set reused for every leaf: a catalogue has tens of thousands of leaves and most have one master.
  const masters = new Set<number>()
  const { aligned } = index
  for (const c of index.leaves) {
    masters.clear()
    const { from, to } = alignedTo(index, c.id)
    for (let at = from; at < to; at++) if (aligned.depth(at) === 'M') masters.add(aligned.module(at).id)
    if (masters.size < 2) continue
    // Counting each module's articulated partners inside the set costs its degree, not |set|², so a
    // competency mastered in hundreds of catalogue modules stays cheap.
    const repeating: AnalysisModule[] = []
    for (const m of masters) {
      const partners = index.articulatedWith.get(m)
      let inSet = 0
      if (partners) for (const other of partners) if (masters.has(other)) inSet++
      if (inSet < masters.size - 1) repeating.push(index.modules.get(m)!)
    }
    if (repeating.length === 0) continue
    const modules = inLadderOrder(repeating)
    const levels: Level[] = []
    for (const m of modules) if (!levels.includes(m.level)) levels.push(m.level)
    const where = modules.map(nameWithLevel)
    findings.push({
      key: `duplicated_across_levels:c${c.id}`,
      kind: 'duplicated_across_levels',
      severity: 'warning',
      message:
        `${competencyName(c)} is mastered in ${listOf(where)} with no articulation between them, ` +
        `so students repeat it; articulate credit or master it once.`,
      refs: { competencyIds: [c.id], moduleIds: modules.map((m) => m.id), levels },
    })
  }
  return findings
}
