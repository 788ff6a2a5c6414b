import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

const ELL: [string, string] = ['English learner', 'yes']
const NOT_ELL: [string, string] = ['English learner', 'no']

// Two rungs: two modules at stage 1 whose completers continue (or not) to MFG-201 at stage 2.
function ladder(a: { completed: number; continued: number | null }, b = { completed: 30, continued: 15 as number | null }) {
  const p = pathway()
  const first = p.module('MFG-101', { stage: 1 })
  const second = p.module('MFG-102', { stage: 1 })
  const top = p.module('MFG-201', { stage: 2 })
  p.counts(first, '2024-fall', { enrolled: 60, completed: a.completed, continued: a.continued })
  p.counts(second, '2024-fall', { enrolled: 20, completed: 15, continued: b.continued === null ? null : Math.ceil(b.continued / 2) })
  p.counts(second, '2025-spring', { enrolled: 20, completed: b.completed - 15, continued: b.continued === null ? null : Math.floor(b.continued / 2) })
  return { p, first, second, top }
}

describe('leaky_transition', () => {
  it("flags a stage whose completers, over all terms, continue to the next stage under half the time", () => {
    const { p, top } = ladder({ completed: 30, continued: 14 })
    const [finding, ...rest] = findingsOf(p, 'leaky_transition')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: 'leaky_transition:s1:s2', severity: 'warning', refs: { moduleIds: [top], stages: [1, 2] } })
    expect(finding!.message).toBe(
      'Of the 60 learners who completed stage 1 (MFG-101 “Title of MFG-101” and MFG-102 “Title of MFG-102”), 29 (48%) continued ' +
        'to stage 2 (MFG-201 “Title of MFG-201”), under the 50% expected (all terms reported).',
    )
    expect(finding!.nextStep).toBe('Look at the supports, schedule and entry requirements between stage 1 and stage 2 (MFG-201): what keeps completers from going on?')
  })

  it('is silent at exactly the share, and judges by the share set', () => {
    expect(findingsOf(ladder({ completed: 30, continued: 15 }).p, 'leaky_transition')).toEqual([])
    expect(findingsOf(ladder({ completed: 30, continued: 14 }).p, 'leaky_transition', { outcomes: { leakyShare: 0.4 } })).toEqual([])
    expect(findingsOf(ladder({ completed: 30, continued: 20 }).p, 'leaky_transition', { outcomes: { leakyShare: 0.6 } })).toHaveLength(1)
  })

  it('needs enough completers', () => {
    const p = pathway()
    const low = p.module('MFG-101', { stage: 1 })
    p.module('MFG-201', { stage: 2 })
    p.counts(low, '2024-fall', { enrolled: 40, completed: 19, continued: 0 })
    expect(findingsOf(p, 'leaky_transition', { outcomes: { threshold: 0 } })).toEqual([])
    expect(findingsOf(p, 'leaky_transition', { outcomes: { threshold: 0, minLearners: 19 } })).toHaveLength(1)
  })

  it('is silent when a hidden count leaves a module of the stage out', () => {
    // MFG-101's 4 continuers are under the threshold: hidden, so the stage's share could only be guessed.
    const { p } = ladder({ completed: 30, continued: 4 })
    expect(findingsOf(p, 'leaky_transition')).toEqual([])
    expect(findingsOf(p, 'leaky_transition', { outcomes: { threshold: 0 } })).toHaveLength(1)
  })

  it('leaves out modules whose continuation is not known, and says nothing above the top stage', () => {
    expect(findingsOf(ladder({ completed: 30, continued: null }, { completed: 30, continued: 10 }).p, 'leaky_transition')).toHaveLength(1)
    expect(findingsOf(ladder({ completed: 30, continued: null }, { completed: 30, continued: 20 }).p, 'leaky_transition')).toEqual([])
    const p = pathway()
    const top = p.module('MFG-201', { stage: 2 })
    p.counts(top, '2024-fall', { enrolled: 60, completed: 50, continued: 0 })
    expect(findingsOf(p, 'leaky_transition')).toEqual([])
  })
})

describe('low_completion', () => {
  it("flags a module whose completion rate over all terms is under half", () => {
    const p = pathway()
    const m = p.module('MFG-110', { stage: 2 })
    p.counts(m, '2024-fall', { enrolled: 30, completed: 14 }).counts(m, '2025-spring', { enrolled: 30, completed: 15 })
    const [finding, ...rest] = findingsOf(p, 'low_completion')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `low_completion:m${m}`, severity: 'warning', refs: { moduleIds: [m], stages: [2] } })
    expect(finding!.message).toBe('48% of the 60 learners enrolled in MFG-110 “Title of MFG-110” completed it (all terms reported), under the 50% expected.')
    expect(finding!.nextStep).toBe('Look at the bridge into MFG-110, its pacing and the supports its learners get.')
  })

  it('reads a single term as the total, and is silent at exactly the share', () => {
    const p = pathway()
    const m = p.module('MFG-110')
    p.counts(m, '2024-fall', { enrolled: 40, completed: 19 })
    expect(findingsOf(p, 'low_completion')[0]!.message).toBe('48% of the 40 learners enrolled in MFG-110 “Title of MFG-110” completed it, under the 50% expected.')
    const even = pathway()
    even.counts(even.module('MFG-110'), '2024-fall', { enrolled: 40, completed: 20 })
    expect(findingsOf(even, 'low_completion')).toEqual([])
    expect(findingsOf(even, 'low_completion', { outcomes: { lowCompletion: 0.6 } })).toHaveLength(1)
  })

  it('needs enough learners enrolled, and never reads a hidden count', () => {
    const few = pathway()
    few.counts(few.module('MFG-110'), '2024-fall', { enrolled: 19, completed: 9 })
    expect(findingsOf(few, 'low_completion', { outcomes: { threshold: 5 } })).toEqual([])
    expect(findingsOf(few, 'low_completion', { outcomes: { threshold: 5, minLearners: 19 } })).toHaveLength(1)
    // 8 completers of 30 is 27%, but 8 is under the threshold of 10: hidden, so nothing is said about it.
    const hidden = pathway()
    hidden.counts(hidden.module('MFG-110'), '2024-fall', { enrolled: 30, completed: 8 })
    expect(findingsOf(hidden, 'low_completion')).toEqual([])
    expect(findingsOf(hidden, 'low_completion', { outcomes: { threshold: 0 } })).toHaveLength(1)
  })
})

describe('equity_gap', () => {
  // All learners of MFG-110 in two terms, with English learners and the others; credentials earned at the same
  // rate by both unless given.
  function module(ell: { enrolled: number; completed: number; credentialEarned?: number }, rest: { enrolled: number; completed: number; credentialEarned?: number }) {
    const p = pathway()
    const m = p.module('MFG-110', { stage: 1 })
    const half = (n: number, term: number) => (term === 0 ? Math.ceil(n / 2) : Math.floor(n / 2))
    for (const [i, term] of ['2024-fall', '2025-spring'].entries()) {
      const part = (c: { enrolled: number; completed: number; credentialEarned?: number }) => ({
        enrolled: half(c.enrolled, i), completed: half(c.completed, i), credentialEarned: half(c.credentialEarned ?? c.completed, i),
      })
      const [e, r] = [part(ell), part(rest)]
      p.counts(m, term, { enrolled: e.enrolled + r.enrolled, completed: e.completed + r.completed, credentialEarned: e.credentialEarned + r.credentialEarned })
      p.counts(m, term, e, ELL).counts(m, term, r, NOT_ELL)
    }
    return { p, m }
  }

  it('flags a group that completes a module more than 15 points below the rest, over all terms', () => {
    const { p, m } = module({ enrolled: 40, completed: 20, credentialEarned: 20 }, { enrolled: 80, completed: 60, credentialEarned: 40 })
    const [finding, ...rest] = findingsOf(p, 'equity_gap')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `equity_gap:m${m}:gEnglish%20learner=yes`, severity: 'warning', refs: { moduleIds: [m], stages: [1] } })
    expect(finding!.message).toBe(
      'In MFG-110 “Title of MFG-110” over all terms reported: English learners complete MFG-110 at 50% vs 75% for other learners (25 points), ' +
        'more than the 15 points set as a gap.',
    )
    expect(finding!.nextStep).toBe('Look at the bridges, supports and schedule of MFG-110 for that group of learners, and ask them what gets in the way.')
  })

  it('names both measures in one finding when the group falls behind on both', () => {
    const { p } = module({ enrolled: 40, completed: 20, credentialEarned: 10 }, { enrolled: 80, completed: 60, credentialEarned: 40 })
    const [finding, ...rest] = findingsOf(p, 'equity_gap')
    expect(rest).toEqual([])
    expect(finding!.message).toContain('complete MFG-110 at 50% vs 75% for other learners (25 points); English learners earn the credential of MFG-110 at 25% vs 50%')
  })

  it('is silent at exactly the set points, and with too few learners on either side', () => {
    const gap25 = () => module({ enrolled: 40, completed: 20 }, { enrolled: 80, completed: 60 }).p
    expect(findingsOf(gap25(), 'equity_gap', { outcomes: { equityGapPoints: 25 } })).toEqual([])
    expect(findingsOf(gap25(), 'equity_gap', { outcomes: { equityGapPoints: 24 } })).toHaveLength(1)
    expect(findingsOf(gap25(), 'equity_gap', { outcomes: { minLearners: 41 } })).toEqual([])
    expect(findingsOf(module({ enrolled: 38, completed: 12 }, { enrolled: 80, completed: 60 }).p, 'equity_gap', { outcomes: { minLearners: 39 } })).toEqual([])
  })

  it("never reads a hidden count: a group whose completers are too few to show says nothing", () => {
    // 8 English learners of 24 completed (33% vs 75%): 8 is under the threshold, so hidden.
    const { p } = module({ enrolled: 24, completed: 8 }, { enrolled: 80, completed: 60 })
    expect(findingsOf(p, 'equity_gap')).toEqual([])
    expect(findingsOf(p, 'equity_gap', { outcomes: { threshold: 0 } })).toHaveLength(1)
  })
})
