import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

describe('uncovered', () => {
  it('flags a leaf no module aligns to, critical when employers rated it essential', () => {
    const p = pathway()
    const area = p.competency('MM')
    const taught = p.competency('MM-1', { parent: area })
    const missed = p.competency('MM-2', { parent: area, statement: 'Read a micrometer' })
    const essential = p.competency('MM-3', { parent: area })
    p.align(p.module('MFG-101'), taught).rate(essential, 'essential', 5, 4)

    const found = findingsOf(p, 'uncovered')
    expect(found.map((f) => [f.refs.competencyIds, f.severity])).toEqual([
      [[essential], 'critical'],
      [[missed], 'warning'],
    ])
    expect(found[0]!.message).toBe('No module of the pathway teaches MM-3 “Statement of MM-3”, which 4 of the 5 employers who responded rated essential.')
    expect(found[1]!.message).toBe('No module of the pathway teaches MM-2 “Read a micrometer”.')
  })

  it('never flags an area with children itself, nor items of frameworks outside the pathway', () => {
    const p = pathway()
    const area = p.competency('MM')
    p.align(p.module('MFG-101'), p.competency('MM-1', { parent: area }))
    const elsewhere = p.framework('basic_skills', false)
    p.competency('6.NS.3', { framework: elsewhere, level: 'C' })
    expect(findingsOf(p, 'uncovered')).toEqual([])
  })

  it('counts a basic skill covered only by a bridge or integrated module', () => {
    const p = pathway()
    const ccrs = p.framework('basic_skills')
    const decimals = p.competency('6.NS.3', { framework: ccrs, level: 'C' })
    const fractions = p.competency('5.NF.1', { framework: ccrs, level: 'C' })
    p.align(p.module('MFG-101'), decimals, 'M')
    p.align(p.module('IET-1', { kind: 'integrated', level: 'adult' }), fractions, 'I')

    const found = findingsOf(p, 'uncovered')
    expect(found.map((f) => f.refs.competencyIds)).toEqual([[decimals]])
    expect(found[0]!.message).toMatch(/^No bridge or integrated module of the pathway teaches the basic skill 6\.NS\.3/)
  })
})

describe('never_mastered', () => {
  it('flags a leaf aligned only at I or R', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    const first = p.module('MFG-101')
    const second = p.module('MFG-201', { stage: 2 })
    p.align(second, c, 'R').align(first, c, 'I')

    const [finding, ...rest] = findingsOf(p, 'never_mastered')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ severity: 'warning', refs: { competencyIds: [c], moduleIds: [first, second] } })
    expect(finding!.message).toBe(
      'MM-1 “Statement of MM-1” is introduced or reinforced in MFG-101 “Title of MFG-101” and ' +
        'MFG-201 “Title of MFG-201” but never mastered anywhere in the pathway.',
    )
  })

  it('is silent once any module masters it, and for a leaf nobody teaches', () => {
    const p = pathway()
    const area = p.competency('MM')
    const c = p.competency('MM-1', { parent: area })
    p.competency('MM-2', { parent: area })
    p.align(p.module('MFG-101'), c, 'I').align(p.module('MFG-201', { stage: 2 }), c, 'M')
    expect(findingsOf(p, 'never_mastered')).toEqual([])
  })
})
