// out_of_order: the ladder must introduce before it masters, and put prerequisites on earlier rungs.
import { alignedModules, alignedTo, type AnalysisIndex } from '../build-index'
import { competencyName, listOf, moduleName } from '../describe'
import type { RuleFinding } from '../types'

// A leaf first mastered at an earlier stage than it is first introduced (warning), and a module whose
// prerequisite sits at a later stage (critical: the ladder as drawn cannot be climbed).
export function outOfOrder(index: AnalysisIndex): RuleFinding[] {
  return [...masteredBeforeIntroduced(index), ...prerequisitesAbove(index)]
}

function masteredBeforeIntroduced(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  const { aligned } = index
  for (const c of index.leaves) {
    const range = alignedTo(index, c.id)
    let introduced = Infinity
    let mastered = Infinity
    for (let at = range.from; at < range.to; at++) {
      const depth = aligned.depth(at)
      if (depth === 'I') introduced = Math.min(introduced, aligned.module(at).stage)
      else if (depth === 'M') mastered = Math.min(mastered, aligned.module(at).stage)
    }
    if (!Number.isFinite(introduced) || mastered >= introduced) continue
    const modulesAt = (wanted: 'I' | 'M', stage: number) =>
      alignedModules(index, range, (at) => aligned.depth(at) === wanted && aligned.module(at).stage === stage)
    const masters = modulesAt('M', mastered)
    const introduces = modulesAt('I', introduced)
    findings.push({
      key: `out_of_order:c${c.id}`,
      kind: 'out_of_order',
      severity: 'warning',
      message:
        `${competencyName(c)} is mastered in ${listOf(masters.map(moduleName))} at stage ${mastered}, ` +
        `before it is first introduced in ${listOf(introduces.map(moduleName))} at stage ${introduced}.`,
      refs: { competencyIds: [c.id], moduleIds: [...masters, ...introduces].map((m) => m.id), stages: [mastered, introduced] },
    })
  }
  return findings
}

function prerequisitesAbove(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const p of index.input.prerequisites) {
    const module = index.modules.get(p.moduleId)
    const prerequisite = index.modules.get(p.prerequisiteId)
    if (!module || !prerequisite || prerequisite.stage <= module.stage) continue
    findings.push({
      key: `out_of_order:m${module.id}:p${prerequisite.id}`,
      kind: 'out_of_order',
      severity: 'critical',
      message:
        `${moduleName(module)} at stage ${module.stage} requires ${moduleName(prerequisite)}, ` +
        `which sits at the later stage ${prerequisite.stage}.`,
      refs: { moduleIds: [module.id, prerequisite.id], stages: [module.stage, prerequisite.stage] },
    })
  }
  return findings
}
