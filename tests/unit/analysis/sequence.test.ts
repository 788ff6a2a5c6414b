import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

describe('out_of_order', () => {
  it('flags a leaf mastered at an earlier stage than it is first introduced', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    const early = p.module('MFG-101', { stage: 1 })
    const late = p.module('MFG-301', { stage: 3 })
    p.align(early, c, 'M').align(late, c, 'I')

    const [finding, ...rest] = findingsOf(p, 'out_of_order')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'warning', refs: { competencyIds: [c], moduleIds: [early, late], stages: [1, 3] } })
    expect(finding!.message).toContain('is mastered in MFG-101 “Title of MFG-101” at stage 1, before it is first introduced')
  })

  it('is silent when introduction comes first or at the same stage, or there is none', () => {
    const p = pathway()
    const area = p.competency('MM')
    const inOrder = p.competency('MM-1', { parent: area })
    const sameStage = p.competency('MM-2', { parent: area })
    const neverIntroduced = p.competency('MM-3', { parent: area })
    const one = p.module('MFG-101', { stage: 1 })
    const two = p.module('MFG-201', { stage: 2 })
    p.align(one, inOrder, 'I').align(two, inOrder, 'M')
    p.align(one, sameStage, 'M').align(one, sameStage, 'I').align(two, sameStage, 'I')
    p.align(one, neverIntroduced, 'M')
    expect(findingsOf(p, 'out_of_order')).toEqual([])
  })

  it('flags, as critical, a module whose prerequisite sits at a later stage', () => {
    const p = pathway()
    const module = p.module('MFG-101', { stage: 1 })
    const prerequisite = p.module('MFG-201', { stage: 2 })
    p.prerequisite(module, prerequisite)

    const [finding] = findingsOf(p, 'out_of_order')
    expect(finding).toMatchObject({ severity: 'critical', refs: { moduleIds: [module, prerequisite], stages: [1, 2] } })
    expect(finding!.message).toBe(
      'MFG-101 “Title of MFG-101” at stage 1 requires MFG-201 “Title of MFG-201”, which sits at the later stage 2.',
    )
  })

  it('accepts a prerequisite at the same or an earlier stage, and ignores one outside the pathway', () => {
    const p = pathway()
    const first = p.module('MFG-101', { stage: 1 })
    const peer = p.module('MFG-102', { stage: 1 })
    const second = p.module('MFG-201', { stage: 2 })
    p.prerequisite(second, first).prerequisite(peer, first).prerequisite(second, 999)
    expect(findingsOf(p, 'out_of_order')).toEqual([])
  })
})
