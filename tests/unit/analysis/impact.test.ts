import { describe, expect, it } from 'vitest'
import { analysePathway } from '../../../shared/domain/analysis/analyse'
import { diffFindings } from '../../../shared/domain/impact/diff'
import { applyChange, type ProposedChange } from '../../../shared/domain/impact/propose'
import type { AnalysisInput, AnyAlignments } from '../../../shared/domain/analysis/types'
import { pathway } from './builder'

// Two stages: MM-1 mastered in the second, introduced in the first; both modules lead to one credential.
function ladder() {
  const p = pathway()
  const area = p.competency('MM')
  const mm1 = p.competency('MM-1', { parent: area })
  const mm2 = p.competency('MM-2', { parent: area })
  const first = p.module('MFG-101', { stage: 1 })
  const second = p.module('MFG-201', { stage: 2 })
  p.align(first, mm1, 'I').align(second, mm1, 'M').align(second, mm2, 'M')
  const cert = p.credential('Certificate', [first, second])
  return { p, mm1, mm2, first, second, cert }
}

const kindsOf = (findings: readonly { kind: string }[]) => findings.map((f) => f.kind).sort()

function impactOf(input: AnalysisInput<AnyAlignments>, change: ProposedChange) {
  return diffFindings(analysePathway(input).findings, analysePathway(applyChange(input, change)).findings)
}

describe('the findings a proposed change would raise and clear', () => {
  it('removing the alignment that masters a competency raises never_mastered for it, and nothing else', () => {
    const { p, mm1, mm2, second } = ladder()
    const input = p.build()
    const { raised, cleared } = impactOf(input, { kind: 'module_alignments', moduleId: second, alignments: [{ competencyId: mm2, depth: 'M' }] })
    expect(raised.map((f) => [f.kind, f.refs.competencyIds])).toEqual([['never_mastered', [mm1]]])
    expect(cleared).toEqual([])
    // The input itself is left as it was.
    expect(analysePathway(input).findings.some((f) => f.kind === 'never_mastered')).toBe(false)
  })

  it('removing the last alignment to a competency raises uncovered, and clears what that alignment caused', () => {
    const { p, mm1, mm2, first, second } = ladder()
    p.redepth(first, mm1, 'M')
    const input = p.build()
    expect(kindsOf(analysePathway(input).findings)).toContain('duplicated_across_levels')
    const { raised, cleared } = impactOf(input, { kind: 'module_alignments', moduleId: second, alignments: [{ competencyId: mm2, depth: 'M' }] })
    expect(kindsOf(cleared)).toContain('duplicated_across_levels')
    expect(raised).toEqual([])
    const none = impactOf(input, { kind: 'module_alignments', moduleId: first, alignments: [] })
    expect(kindsOf(none.cleared)).toContain('duplicated_across_levels')
    expect(none.raised.map((f) => f.kind)).not.toContain('uncovered')
    const both = impactOf(applyChange(input, { kind: 'module_alignments', moduleId: first, alignments: [] }), {
      kind: 'module_alignments',
      moduleId: second,
      alignments: [{ competencyId: mm2, depth: 'M' }],
    })
    expect(both.raised.map((f) => [f.kind, f.refs.competencyIds])).toContainEqual(['uncovered', [mm1]])
  })

  it('removing a credential raises no_credential for the modules that led only to it', () => {
    const { p, first, second, cert } = ladder()
    const { raised } = impactOf(p.build(), { kind: 'remove_credential', credentialId: cert })
    expect(raised.filter((f) => f.kind === 'no_credential').flatMap((f) => f.refs.moduleIds)).toEqual([first, second])
  })

  it('removing a module takes its findings with it and raises what its alignments covered', () => {
    const { p, mm2, second } = ladder()
    const { raised, cleared } = impactOf(p.build(), { kind: 'remove_module', moduleId: second })
    expect(raised.map((f) => [f.kind, f.refs.competencyIds])).toContainEqual(['uncovered', [mm2]])
    expect(cleared.every((f) => (f.refs.moduleIds ?? []).includes(second) || f.kind === 'no_adult_entry')).toBe(true)
  })

  it('removing a competency clears the findings about it', () => {
    const { p, mm1, first } = ladder()
    p.redepth(first, mm1, 'M')
    const input = p.build()
    const { raised, cleared } = impactOf(input, { kind: 'remove_competency', competencyId: mm1 })
    expect(raised).toEqual([])
    expect(cleared.map((f) => f.kind)).toEqual(['duplicated_across_levels'])
  })

  it('removing an outcome clears its near duplicate and raises what its alignments covered', () => {
    const p = pathway()
    const area = p.competency('MM')
    const mm1 = p.competency('MM-1', { parent: area })
    const mm2 = p.competency('MM-2', { parent: area })
    const school = p.module('CTE-100', { level: 'secondary' })
    const college = p.module('MFG-201', { stage: 2 })
    p.align(school, mm1, 'I').align(college, mm1, 'M').align(college, mm2, 'M')
    p.credential('Certificate', [school, college])
    const text = 'Measure a machined part to within a thousandth of an inch with an outside micrometer'
    p.outcome(school, text)
    const outcome = p.outcome(college, text)
    // MFG-201 reaches MM-2 only through the outcome: once it goes, only MM-1 is left to the module.
    const { raised, cleared } = impactOf(p.build(), { kind: 'remove_outcome', moduleId: college, outcomeId: outcome, alignments: [{ competencyId: mm1, depth: 'M' }] })
    expect(raised.map((f) => [f.kind, f.refs.competencyIds])).toContainEqual(['uncovered', [mm2]])
    expect(cleared.map((f) => f.kind)).toContain('near_duplicate_outcomes')
  })

  it('matches findings by fingerprint: a finding whose facts change is neither raised nor cleared', () => {
    const a = { fingerprint: 'x', message: 'before' }
    const b = { fingerprint: 'x', message: 'after' }
    expect(diffFindings([a], [b])).toEqual({ raised: [], cleared: [] })
    expect(diffFindings([a], [])).toEqual({ raised: [], cleared: [a] })
  })
})
