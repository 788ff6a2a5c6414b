// uncovered and never_mastered: is each competency of the pathway's frameworks taught, and taught to mastery?
import { alignedModules, alignedTo, ratedAs, ratedBy, type AnalysisIndex } from '../build-index'
import { competencyName, listOf, moduleName } from '../describe'
import type { AnalysisModule, RuleFinding } from '../types'

// Basic skills count as covered only in a bridge or integrated module (DESIGN §3).
export function teachesBasicSkills(m: AnalysisModule): boolean {
  return m.kind === 'bridge' || m.kind === 'integrated'
}

// A leaf of the pathway's frameworks that no module of the pathway aligns to (for basic skills: no bridge
// or integrated module). Critical when employers rated it essential.
export function uncovered(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  const { aligned } = index
  for (const c of index.leaves) {
    const { from, to } = alignedTo(index, c.id)
    const basic = c.frameworkKind === 'basic_skills'
    let taught = false
    for (let at = from; at < to && !taught; at++) taught = !basic || teachesBasicSkills(aligned.module(at))
    if (taught) continue
    const essential = ratedAs(index, c.id, 'essential')
    const subject = basic
      ? `No bridge or integrated module of the pathway teaches the basic skill ${competencyName(c)}`
      : `No module of the pathway teaches ${competencyName(c)}`
    findings.push({
      key: `uncovered:c${c.id}`,
      kind: 'uncovered',
      severity: essential ? 'critical' : 'warning',
      message: `${subject}${essential ? `, which ${ratedBy(index.validation.get(c.id)!)} rated essential` : ''}.`,
      refs: { competencyIds: [c.id] },
    })
  }
  return findings
}

// A leaf aligned somewhere in the pathway, but only at I or R.
export function neverMastered(index: AnalysisIndex): RuleFinding[] {
  const findings: RuleFinding[] = []
  for (const c of index.leaves) {
    const range = alignedTo(index, c.id)
    let mastered = range.from === range.to
    for (let at = range.from; at < range.to && !mastered; at++) mastered = index.aligned.depth(at) === 'M'
    if (mastered) continue
    const modules = alignedModules(index, range)
    findings.push({
      key: `never_mastered:c${c.id}`,
      kind: 'never_mastered',
      severity: 'warning',
      message: `${competencyName(c)} is introduced or reinforced in ${listOf(modules.map(moduleName))} but never mastered anywhere in the pathway.`,
      refs: { competencyIds: [c.id], moduleIds: modules.map((m) => m.id) },
    })
  }
  return findings
}
