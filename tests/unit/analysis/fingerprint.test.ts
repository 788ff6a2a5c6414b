// Fingerprints identify a finding across runs; the facts hash changes when the facts behind it do, which is
// what reopens a decision taken on it (DESIGN §3).
import { describe, expect, it } from 'vitest'
import { decisionStates, statusOf } from '../../../shared/domain/analysis/decisions'
import { fingerprintOf, hashText } from '../../../shared/domain/analysis/fingerprint'
import { findingsOf, pathway } from './builder'

// GD&T introduced in one module and reinforced in a later one: never mastered.
function neverMastered() {
  const p = pathway()
  const c = p.competency('BP-6', { parent: p.competency('BP'), statement: 'Apply GD&T' })
  const first = p.module('MFG-110', { stage: 1 })
  const later = p.module('MFG-140', { stage: 2 })
  p.align(first, c, 'I').align(later, c, 'R')
  return { p, c, first, later }
}

describe('fingerprints', () => {
  it('hash the kind and the sorted ids of the rows a finding is about', () => {
    expect(fingerprintOf({ kind: 'near_duplicate_outcomes', key: 'near_duplicate_outcomes:o9:o4' })).toBe(
      fingerprintOf({ kind: 'near_duplicate_outcomes', key: 'near_duplicate_outcomes:o4:o9' }),
    )
    expect(fingerprintOf({ kind: 'uncovered', key: 'uncovered:c1' })).not.toBe(fingerprintOf({ kind: 'uncovered', key: 'uncovered:c2' }))
    expect(fingerprintOf({ kind: 'uncovered', key: 'uncovered:c1' })).not.toBe(fingerprintOf({ kind: 'never_mastered', key: 'never_mastered:c1' }))
    expect(hashText('x')).toMatch(/^[0-9a-f]{28}$/)
    expect(hashText('x')).toBe(hashText('x'))
  })

  it('hash as cyrb53 with seeds 0 and 1 always has, so stored decisions keep matching their findings', () => {
    expect(hashText('')).toBe('0bdcb81aee8d831c4425d7d009e1')
    expect(hashText('duplicated_across_levels|c12')).toBe('0da75bb964ff36128a2fd01f7b01')
    expect(hashText('warning|m1,2|c3|o|k|lpostsecondary|d1M,2M')).toBe('071742ea191f020ab554e7b51da3')
    expect(hashText('é≡“ünïcode”')).toBe('1be02ae1e08fb7175c07ee7bf7af')
  })

  it('stay the same when the facts change, while the facts hash changes with a depth', () => {
    const { p, first } = neverMastered()
    const [before] = findingsOf(p, 'never_mastered')
    p.redepth(first, before!.refs.competencyIds![0]!, 'R')
    const [after] = findingsOf(p, 'never_mastered')
    expect(after!.fingerprint).toBe(before!.fingerprint)
    expect(after!.factsHash).not.toBe(before!.factsHash)
  })

  it('keep the facts hash when only a title changes', () => {
    const { p, first } = neverMastered()
    const [before] = findingsOf(p, 'never_mastered')
    p.retitle(first, 'Blueprint Reading, revised')
    const [after] = findingsOf(p, 'never_mastered')
    expect(after!.message).not.toBe(before!.message)
    expect(after!.factsHash).toBe(before!.factsHash)
  })

  it('change the facts hash when another module joins a duplication', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    p.align(p.module('HS-1', { level: 'secondary' }), c, 'M').align(p.module('MFG-1', { stage: 2 }), c, 'M')
    const [before] = findingsOf(p, 'duplicated_across_levels')
    p.align(p.module('MFG-2', { stage: 3 }), c, 'M')
    const [after] = findingsOf(p, 'duplicated_across_levels')
    expect(after!.fingerprint).toBe(before!.fingerprint)
    expect(after!.factsHash).not.toBe(before!.factsHash)
  })
})

describe('rows and next steps', () => {
  it('name the rows involved by code and title beside their ids', () => {
    const { p, c, first, later } = neverMastered()
    const [finding] = findingsOf(p, 'never_mastered')
    expect(finding!.rows).toEqual({
      competencies: [{ id: c, code: 'BP-6', title: 'Apply GD&T', frameworkId: p.occupational }],
      modules: [
        { id: first, code: 'MFG-110', title: 'Title of MFG-110', level: 'postsecondary', stage: 1 },
        { id: later, code: 'MFG-140', title: 'Title of MFG-140', level: 'postsecondary', stage: 2 },
      ],
    })
    expect(finding!.nextStep).toBe('Raise BP-6 to Mastered in MFG-140, the latest-stage module that aligns to it.')
  })

  it('offer an articulation between the two modules of a duplication', () => {
    const p = pathway()
    const c = p.competency('MM-3', { parent: p.competency('MM') })
    p.align(p.module('CTE 2100', { level: 'secondary' }), c, 'M').align(p.module('MFG 120', { stage: 2 }), c, 'M')
    const [finding] = findingsOf(p, 'duplicated_across_levels')
    expect(finding!.nextStep).toBe('Add an articulation between CTE 2100 and MFG 120, or lower MM-3 to Reinforced in MFG 120.')
  })

  it('say what to do for a module with no credential and for a pathway with no way on for adults', () => {
    const p = pathway()
    p.module('MFG-101')
    expect(findingsOf(p, 'no_credential')[0]!.nextStep).toBe('Attach an existing credential to MFG-101, or create one for it.')
    expect(findingsOf(p, 'no_adult_entry')[0]!.nextStep).toBe(
      'Build a bridge for the first stage, or mark an adult-level module as an entry point.',
    )
  })
})

describe('decisions on findings', () => {
  it('stand while the facts are the same and lapse when they change', () => {
    const { p, first, c } = neverMastered()
    const [finding] = findingsOf(p, 'never_mastered')
    const states = decisionStates([{ fingerprint: finding!.fingerprint, factsHash: finding!.factsHash, decision: 'accepted', assigneeId: null }])
    expect(statusOf(finding!, states)).toBe('accepted')
    expect(statusOf(finding!, decisionStates([]))).toBe('open')
    p.redepth(first, c, 'R')
    const [changed] = findingsOf(p, 'never_mastered')
    expect(statusOf(changed!, states)).toBe('open')
  })
})
