import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

describe('not_needed_but_taught', () => {
  it('flags a competency mastered although most employers rated it not needed', () => {
    const p = pathway()
    const c = p.competency('MM-9', { parent: p.competency('MM'), statement: 'Use a slide rule' })
    const m = p.module('MFG-101')
    p.align(m, c, 'M').rate(c, 'not_needed', 7)
    const [finding, ...rest] = findingsOf(p, 'not_needed_but_taught')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'info', refs: { competencyIds: [c], moduleIds: [m] } })
    expect(finding!.message).toBe(
      'Most of the 7 employers who responded rated MM-9 “Use a slide rule” not needed, yet MFG-101 “Title of MFG-101” masters it.',
    )
    p.rate(c, 'not_needed', 7, 5)
    expect(findingsOf(p, 'not_needed_but_taught')[0]!.message).toBe(
      '5 of the 7 employers who responded rated MM-9 “Use a slide rule” not needed, yet MFG-101 “Title of MFG-101” masters it.',
    )
  })

  it('is silent when it is only introduced, rated otherwise, rated by nobody, or not rated at all', () => {
    const p = pathway()
    const area = p.competency('MM')
    const introduced = p.competency('MM-1', { parent: area })
    const important = p.competency('MM-2', { parent: area })
    const noRespondents = p.competency('MM-3', { parent: area })
    const unrated = p.competency('MM-4', { parent: area })
    const m = p.module('MFG-101')
    p.align(m, introduced, 'I').align(m, important).align(m, noRespondents).align(m, unrated)
    p.rate(introduced, 'not_needed').rate(important, 'important').rate(noRespondents, 'not_needed', 0)
    expect(findingsOf(p, 'not_needed_but_taught')).toEqual([])
  })
})
