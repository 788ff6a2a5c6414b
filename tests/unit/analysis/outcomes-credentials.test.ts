// The outcome findings of a credential's table: low_completion when few who attempt it earn it, equity_gap when a
// group earns it well below the others (its credential rate only), read as published outside its organisation.
import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

const ELL: [string, string] = ['English learner', 'yes']
const NOT_ELL: [string, string] = ['English learner', 'no']

// A credential led to by MFG-110, attempted by learners in two groups over two terms.
function credential(ell: { enrolled: number; completed: number; credentialEarned: number }, rest: { enrolled: number; completed: number; credentialEarned: number }) {
  const p = pathway()
  const m = p.module('MFG-110', { stage: 1 })
  const k = p.credential('Production Technician Certificate', [m])
  for (const term of ['2024-fall', '2025-spring']) {
    p.credentialCounts(k, term, { enrolled: ell.enrolled + rest.enrolled, completed: ell.completed + rest.completed, credentialEarned: ell.credentialEarned + rest.credentialEarned })
    p.credentialCounts(k, term, ell, ELL).credentialCounts(k, term, rest, NOT_ELL)
  }
  return { p, m, k }
}

describe('low_completion of a credential', () => {
  it('flags a credential that under half of those who attempted it earned, over all terms', () => {
    const { p, m, k } = credential({ enrolled: 20, completed: 18, credentialEarned: 10 }, { enrolled: 30, completed: 28, credentialEarned: 14 })
    const [finding, ...rest] = findingsOf(p, 'low_completion')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `low_completion:k${k}`, severity: 'warning', refs: { credentialIds: [k], moduleIds: [m] } })
    expect(finding!.message).toBe('48% of the 100 learners who attempted “Production Technician Certificate” earned it (all terms reported), under the 50% expected.')
    expect(finding!.nextStep).toBe('Look at how learners prepare for “Production Technician Certificate” in MFG-110: its exam, its fees and the supports around them.')
  })

  it('is silent at the share, with too few learners, or when a count is hidden', () => {
    expect(findingsOf(credential({ enrolled: 20, completed: 18, credentialEarned: 10 }, { enrolled: 30, completed: 28, credentialEarned: 15 }).p, 'low_completion')).toEqual([])
    const few = credential({ enrolled: 20, completed: 18, credentialEarned: 10 }, { enrolled: 30, completed: 28, credentialEarned: 14 }).p
    expect(findingsOf(few, 'low_completion', { outcomes: { minLearners: 101 } })).toEqual([])
    // 4 who earned it a term: hidden outside the organisation, and so is the total that would give it away.
    const hidden = pathway()
    const k = hidden.credential('Tiny Badge', [hidden.module('MFG-101', { stage: 1 })])
    hidden.credentialCounts(k, '2024-fall', { enrolled: 30, completed: 20, credentialEarned: 4 })
    expect(findingsOf(hidden, 'low_completion', { outcomes: { minLearners: 20 } })).toEqual([])
    expect(findingsOf(hidden, 'low_completion', { outcomes: { minLearners: 20, threshold: 0 } })).toHaveLength(1)
  })
})

describe('equity_gap of a credential', () => {
  it('flags a group that earns the credential more than 15 points below the rest, and compares no completion', () => {
    // Completion 90% vs 93% is no gap; earning 25% vs 60% is one.
    const { p, m, k } = credential({ enrolled: 20, completed: 18, credentialEarned: 5 }, { enrolled: 30, completed: 28, credentialEarned: 18 })
    const [finding, ...rest] = findingsOf(p, 'equity_gap')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `equity_gap:k${k}:gEnglish%20learner=yes`, refs: { credentialIds: [k], moduleIds: [m] } })
    expect(finding!.message).toBe(
      'In “Production Technician Certificate” over all terms reported: English learners earn “Production Technician Certificate” at 25% vs 60% ' +
        'for other learners (35 points), more than the 15 points set as a gap.',
    )
    expect(finding!.nextStep).toContain('Look at how that group of learners prepares for “Production Technician Certificate”')
  })

  it('never reads a hidden count', () => {
    // 4 English learners earned it each term (8 over both, both under the threshold of 10): hidden, so no gap.
    const { p } = credential({ enrolled: 20, completed: 18, credentialEarned: 4 }, { enrolled: 30, completed: 28, credentialEarned: 18 })
    expect(findingsOf(p, 'equity_gap')).toEqual([])
    expect(findingsOf(p, 'equity_gap', { outcomes: { threshold: 0 } })).toHaveLength(1)
  })
})
