// not_needed_but_taught: instruction time spent mastering what employers said they do not need.
import { alignedModules, alignedTo, ratedAs, ratedBy, type AnalysisIndex } from '../build-index'
import { competencyName, listOf, moduleName } from '../describe'
import type { RuleFinding } from '../types'

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

// A leaf mastered in some module although the employers' consensus rated it not needed. Silent without
// ratings. Info: survey opinion is a prompt to reconsider, not a defect.
export function notNeededButTaught(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const c of index.leaves) {
    if (!ratedAs(index, c.id, 'not_needed')) continue
    const modules = alignedModules(index, alignedTo(index, c.id), (at) => index.aligned.depth(at) === 'M')
    if (modules.length === 0) continue
    findings.push({
      key: `not_needed_but_taught:c${c.id}`,
      kind: 'not_needed_but_taught',
      severity: 'info',
      message:
        `${capitalised(ratedBy(index.validation.get(c.id)!))} rated ${competencyName(c)} not needed, yet ` +
        `${listOf(modules.map(moduleName))} ${modules.length === 1 ? 'masters' : 'master'} it.`,
      refs: { competencyIds: [c.id], moduleIds: modules.map((m) => m.id) },
    })
  }
  return findings
}
