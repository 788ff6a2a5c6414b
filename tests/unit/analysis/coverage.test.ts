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

describe('coverage through equivalent items', () => {
  // Two standards of the pathway: AM (its own occupational one) and NIMS, with AM-QM-4 ≡ NIMS-MMS-4.
  const standards = () => {
    const p = pathway()
    const nims = p.framework('occupational')
    const am = p.competency('AM-QM-4', { parent: p.competency('AM-QM') })
    const mms = p.competency('NIMS-MMS-4', { parent: p.competency('NIMS-MMS', { framework: nims }), framework: nims })
    return { p, nims, am, mms }
  }

  it('counts an alignment to one as covering its equivalent, whichever way the link was written', () => {
    for (const written of ['am-to-nims', 'nims-to-am']) {
      const { p, am, mms } = standards()
      p.align(p.module('MFG-101'), am, 'M')
      expect(findingsOf(p, 'uncovered').map((f) => f.refs.competencyIds)).toEqual([[mms]])
      if (written === 'am-to-nims') p.equivalent(am, mms)
      else p.equivalent(mms, am)
      expect(findingsOf(p, 'uncovered')).toEqual([])
      expect(findingsOf(p, 'never_mastered')).toEqual([])
    }
  })

  it('says so when a never_mastered finding rests on an equivalent, and names the alignment to raise', () => {
    const { p, am, mms } = standards()
    const first = p.module('MFG-101')
    const second = p.module('MFG-201', { stage: 2 })
    p.align(first, mms, 'I').align(second, am, 'R').equivalent(am, mms)

    const found = findingsOf(p, 'never_mastered')
    const aboutMms = found.find((f) => f.refs.competencyIds![0] === mms)!
    expect(aboutMms.refs).toEqual({ competencyIds: [mms, am], moduleIds: [first, second] })
    expect(aboutMms.message).toBe(
      'NIMS-MMS-4 “Statement of NIMS-MMS-4” is introduced or reinforced in MFG-101 “Title of MFG-101” and ' +
        'MFG-201 “Title of MFG-201” (covered via AM-QM-4 ≡ NIMS-MMS-4) but never mastered anywhere in the pathway.',
    )
    expect(aboutMms.nextStep).toBe('Raise AM-QM-4 (≡ NIMS-MMS-4) to Mastered in MFG-201, the latest-stage module that aligns to it.')
    expect(aboutMms.rows.competencies!.map((c) => c.code)).toEqual(['NIMS-MMS-4', 'AM-QM-4'])
  })

  it('is silent about never_mastered when the equivalent is mastered, and a decision lapses when its depth moves', () => {
    const { p, am, mms } = standards()
    const first = p.module('MFG-101')
    const second = p.module('MFG-201', { stage: 2 })
    p.align(first, mms, 'I').align(second, am, 'I').equivalent(am, mms)
    const before = findingsOf(p, 'never_mastered').find((f) => f.refs.competencyIds![0] === mms)!
    p.redepth(second, am, 'R')
    const after = findingsOf(p, 'never_mastered').find((f) => f.refs.competencyIds![0] === mms)!
    expect(after.fingerprint).toBe(before.fingerprint)
    expect(after.factsHash).not.toBe(before.factsHash)
    p.redepth(second, am, 'M')
    expect(findingsOf(p, 'never_mastered')).toEqual([])
  })

  it('ignores equivalents within one framework and in frameworks outside the pathway', () => {
    const p = pathway()
    const area = p.competency('AM-QM')
    const taught = p.competency('AM-QM-1', { parent: area })
    const twin = p.competency('AM-QM-2', { parent: area })
    const outside = p.framework('occupational', false)
    const far = p.competency('X-1', { framework: outside })
    const missed = p.competency('AM-QM-3', { parent: area })
    p.align(p.module('MFG-101'), taught).align(p.module('MFG-102'), far).equivalent(taught, twin).equivalent(far, missed)
    expect(findingsOf(p, 'uncovered').map((f) => f.refs.competencyIds)).toEqual([[twin], [missed]])
  })

  it('counts a basic skill covered through an equivalent only by a bridge or integrated module', () => {
    const p = pathway()
    const ccrs = p.framework('basic_skills')
    const state = p.framework('basic_skills')
    const decimals = p.competency('6.NS.3', { framework: ccrs, level: 'C' })
    const stateDecimals = p.competency('MI-M-3', { framework: state, level: 'C' })
    const fractions = p.competency('5.NF.1', { framework: ccrs, level: 'C' })
    const stateFractions = p.competency('MI-M-2', { framework: state, level: 'C' })
    p.align(p.module('MFG-101'), decimals, 'M').align(p.module('BR-1', { kind: 'bridge', level: 'adult' }), fractions, 'M')
    p.equivalent(decimals, stateDecimals).equivalent(fractions, stateFractions)
    expect(findingsOf(p, 'uncovered').map((f) => f.refs.competencyIds)).toEqual([[decimals], [stateDecimals]])
  })
})
