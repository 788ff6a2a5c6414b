// duplicated_across_levels: a competency mastered in two modules that no articulation joins, so a student
// who climbs from one to the other is taught and assessed on it twice.
import { modulesInOrder, type AnalysisIndex } from '../build-index'
import { competencyName, levelName, listOf, moduleName } from '../describe'
import type { Finding } from '../types'

// One finding per leaf mastered in two or more modules of which some pair has no articulation between
// them; it lists every module that lacks an articulation with another of them.
export function duplicatedAcrossLevels(index: AnalysisIndex): Finding[] {
  const findings: Finding[] = []
  // One set reused for every leaf: a catalogue has tens of thousands of leaves and most have one master.
  const masters = new Set<number>()
  for (const c of index.leaves) {
    masters.clear()
    for (const a of index.alignmentsByCompetency.get(c.id) ?? []) if (a.depth === 'M') masters.add(a.moduleId)
    if (masters.size < 2) continue
    // Counting each module's articulated partners inside the set costs its degree, not |set|², so a
    // competency mastered in hundreds of catalogue modules stays cheap.
    const repeating: number[] = []
    for (const m of masters) {
      let partners = 0
      for (const other of index.articulatedWith.get(m) ?? []) if (masters.has(other)) partners++
      if (partners < masters.size - 1) repeating.push(m)
    }
    if (repeating.length === 0) continue
    const modules = modulesInOrder(index, repeating)
    const levels = [...new Set(modules.map((m) => m.level))]
    const where = modules.map((m) => `${moduleName(m)} (${levelName(m.level)})`)
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
