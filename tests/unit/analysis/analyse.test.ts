import { describe, expect, it } from 'vitest'
import { analysePathway, combineResults } from '../../../shared/domain/analysis/analyse'
import { nearDuplicateInput } from '../../../shared/domain/analysis/rules/near-duplicates'
import { FINDING_KINDS, SEVERITIES } from '../../../shared/domain/analysis/types'
import { pathway } from './builder'

// A small pathway with findings of several kinds and severities.
function flawed() {
  const p = pathway()
  const area = p.competency('MM')
  const essential = p.competency('MM-1', { parent: area })
  const introducedOnly = p.competency('MM-2', { parent: area })
  const first = p.module('MFG-101', { stage: 1 })
  const second = p.module('MFG-201', { stage: 2 })
  p.align(first, introducedOnly, 'I').prerequisite(first, second).rate(essential, 'essential')
  return { p, essential }
}

describe('analysePathway', () => {
  it('sorts findings by severity, then by kind in the order of DESIGN §3', () => {
    const { findings } = analysePathway(flawed().p.build())
    expect(findings.map((f) => `${f.severity} ${f.kind}`)).toEqual([
      'critical uncovered',
      'critical out_of_order',
      'critical no_adult_entry',
      'warning never_mastered',
      'warning no_credential',
      'warning no_credential',
    ])
    const rank = (f: (typeof findings)[number]) => SEVERITIES.indexOf(f.severity) * 100 + FINDING_KINDS.indexOf(f.kind)
    expect(findings.map(rank)).toEqual(findings.map(rank).sort((a, b) => a - b))
  })

  it('counts findings by kind and by severity, zero for the rest', () => {
    const { counts } = analysePathway(flawed().p.build())
    expect(counts.bySeverity).toEqual({ critical: 3, warning: 3, info: 0 })
    expect(counts.byKind).toMatchObject({ uncovered: 1, out_of_order: 1, no_credential: 2, never_mastered: 1, bridge_gap: 0 })
    expect(Object.keys(counts.byKind)).toEqual([...FINDING_KINDS])
  })

  it('reads employer ratings from a Map as from a record, and assumes nothing without them', () => {
    const { p, essential } = flawed()
    const input = p.build()
    const fromMap = analysePathway({ ...input, validation: new Map([[essential, { result: 'essential', respondents: 9 }]]) })
    expect(fromMap.findings).toEqual(analysePathway(input).findings)

    const withoutRatings = analysePathway({ ...input, validation: undefined })
    expect(withoutRatings.findings.find((f) => f.kind === 'uncovered')!.severity).toBe('warning')
  })

  it('runs only the rules of the kinds asked for, and puts disjoint halves back together exactly', () => {
    const { p } = flawed()
    const school = p.module('HS-1', { level: 'secondary', stage: 1 })
    const college = p.module('MFG-301', { stage: 3 })
    p.outcome(school, 'Measure a machined part with an outside micrometer and record the reading.')
    p.outcome(college, 'Measure machined parts with outside micrometers and record the readings.')
    const input = p.build()
    const whole = analysePathway(input)
    expect(whole.findings.map((f) => f.kind)).toContain('near_duplicate_outcomes')

    const near = analysePathway(nearDuplicateInput(input), { kinds: ['near_duplicate_outcomes'] })
    expect(near.findings.map((f) => f.kind)).toEqual(['near_duplicate_outcomes'])
    const rest = analysePathway({ ...input, outcomes: [] }, { kinds: FINDING_KINDS.filter((k) => k !== 'near_duplicate_outcomes') })
    expect(rest.findings.some((f) => f.kind === 'near_duplicate_outcomes')).toBe(false)
    expect(combineResults([near, rest])).toEqual(whole)
    expect(combineResults([rest, near])).toEqual(whole)
    expect(analysePathway(input, { kinds: [] }).findings).toEqual([])
  })

  it('gives every finding a stable, unique key', () => {
    const input = flawed().p.build()
    const keys = analysePathway(input).findings.map((f) => f.key)
    expect(new Set(keys).size).toBe(keys.length)
    expect(analysePathway(input).findings.map((f) => f.key)).toEqual(keys)
  })
})
