import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

// An entry module whose competency needs CCRS number sense at level C; the skill has level-specific children.
function entryNeedingMath(minLevel: string | null = 'C') {
  const p = pathway()
  const ccrs = p.framework('basic_skills', false)
  const numberSense = p.competency('M.NS', { framework: ccrs, statement: 'Number sense' })
  const levelB = p.competency('M.NS.B', { framework: ccrs, parent: numberSense, level: 'B' })
  const levelD = p.competency('M.NS.D', { framework: ccrs, parent: numberSense, level: 'D' })
  const micrometer = p.competency('MM-2', { parent: p.competency('MM'), statement: 'Read a micrometer' })
  const entry = p.module('MFG-101', { stage: 2, isEntry: true })
  p.align(entry, micrometer, 'I').requires(micrometer, numberSense, minLevel)
  const bridge = p.module('BR-MATH', { kind: 'bridge', level: 'adult', stage: 1 })
  return { p, numberSense, levelB, levelD, micrometer, entry, bridge }
}

describe('bridge_gap', () => {
  it('flags a basic skill an entry module needs at a level no bridge reaches', () => {
    const { p, numberSense, levelB, micrometer, entry, bridge } = entryNeedingMath()
    p.align(bridge, levelB, 'M')

    const [finding, ...rest] = findingsOf(p, 'bridge_gap')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      key: `bridge_gap:c${numberSense}`,
      severity: 'warning',
      refs: { competencyIds: [numberSense, micrometer], moduleIds: [entry], levels: ['C'] },
    })
    expect(finding!.message).toBe(
      'Entry module MFG-101 “Title of MFG-101” needs the basic skill M.NS “Number sense” at level C, ' +
        "but the pathway's bridge and integrated modules reach it only at level B.",
    )
  })

  it('names every entry module short of the skill and the highest level asked for', () => {
    const { p, numberSense, levelB, bridge } = entryNeedingMath('C')
    const other = p.module('MFG-102', { stage: 2, isEntry: true })
    const tolerance = p.competency('MM-3', { parent: p.competency('MT') })
    p.align(other, tolerance, 'I').requires(tolerance, numberSense, 'B').align(bridge, levelB, 'I')
    expect(findingsOf(p, 'bridge_gap')).toHaveLength(1)

    p.requires(tolerance, numberSense, 'D')
    const [finding] = findingsOf(p, 'bridge_gap')
    expect(finding!.refs.levels).toEqual(['D'])
    expect(finding!.message).toMatch(/^Entry modules MFG-101 “Title of MFG-101” and MFG-102 “Title of MFG-102” need the basic skill M\.NS “Number sense” at up to level D,/)
  })

  it('says so when nothing teaches the skill at all', () => {
    const { p } = entryNeedingMath()
    expect(findingsOf(p, 'bridge_gap')[0]!.message).toMatch(/but no bridge or integrated module of the pathway teaches it\.$/)
  })

  it('is silent when a bridge reaches a higher level than required', () => {
    const { p, bridge, levelD } = entryNeedingMath('C')
    p.align(bridge, levelD, 'M')
    expect(findingsOf(p, 'bridge_gap')).toEqual([])
  })

  it('accepts any bridge alignment when the requirement states no level', () => {
    const { p, bridge, levelB } = entryNeedingMath(null)
    p.align(bridge, levelB, 'I')
    expect(findingsOf(p, 'bridge_gap')).toEqual([])
  })

  it('ignores requirements of modules that are not entry modules', () => {
    const { p, micrometer } = entryNeedingMath()
    const later = p.module('MFG-201', { stage: 3 })
    p.align(later, micrometer, 'M')
    expect(findingsOf(p, 'bridge_gap')[0]!.refs.moduleIds).toHaveLength(1)
  })

  it('falls back to the occupational modules of the first occupational stage, and inherits area requirements', () => {
    const p = pathway()
    const ccrs = p.framework('basic_skills', false)
    const reading = p.competency('R.CCR.1', { framework: ccrs, level: 'D' })
    const area = p.competency('SAFE')
    const leaf = p.competency('SAFE-1', { parent: area })
    p.requires(area, reading)
    p.module('BR-READ', { kind: 'bridge', level: 'adult', stage: 1 })
    const first = p.module('MFG-101', { stage: 2 })
    p.align(first, leaf, 'I').align(p.module('MFG-201', { stage: 3 }), leaf, 'M')
    expect(findingsOf(p, 'bridge_gap').map((f) => [f.refs.moduleIds, f.refs.levels])).toEqual([[[first], ['D']]])
  })

  it('orders levels by the ordering passed in, not alphabetically', () => {
    const build = (reached: string) => {
      const p = pathway().basicSkillLevels(['Beginning', 'Low Intermediate', 'High Intermediate', 'Advanced'])
      const nrs = p.framework('basic_skills', false)
      const skill = p.competency('ABE.M', { framework: nrs })
      const child = p.competency(`ABE.M.${reached}`, { framework: nrs, parent: skill, level: reached })
      const c = p.competency('MM-1', { parent: p.competency('MM') })
      p.align(p.module('MFG-101', { isEntry: true }), c, 'I').requires(c, skill, 'Low Intermediate')
      p.align(p.module('BR-1', { kind: 'bridge', level: 'adult' }), child, 'M')
      return p
    }
    expect(findingsOf(build('High Intermediate'), 'bridge_gap')).toEqual([])
    expect(findingsOf(build('Beginning'), 'bridge_gap')).toHaveLength(1)
  })
})

describe('no_adult_entry', () => {
  it('flags, as critical, a pathway whose entry points are neither bridges nor adult-level', () => {
    const p = pathway()
    const first = p.module('MFG-101', { stage: 1 })
    p.module('MFG-201', { stage: 2 })
    const [finding, ...rest] = findingsOf(p, 'no_adult_entry')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: 'no_adult_entry', severity: 'critical', refs: { moduleIds: [first] } })
    expect(finding!.message).toMatch(/^The pathway has no bridge or integrated module and no adult-level entry point \(it starts at MFG-101/)
  })

  it('is silent when an unmarked bridge sits below the first occupational stage', () => {
    const p = pathway()
    p.module('BR-MATH', { kind: 'bridge', level: 'adult', stage: 1 })
    p.module('MFG-101', { stage: 2 })
    expect(findingsOf(p, 'no_adult_entry')).toEqual([])
  })

  it('is silent when an adult-level module is marked as an entry', () => {
    const p = pathway()
    p.module('ABE-MFG', { level: 'adult', kind: 'integrated', isEntry: true })
    p.module('MFG-101')
    expect(findingsOf(p, 'no_adult_entry')).toEqual([])
  })

  it('counts a bridge on the pathway whether or not it is marked as an entry point', () => {
    const p = pathway()
    p.module('BR-MATH', { kind: 'bridge', level: 'adult', stage: 1 })
    p.module('MFG-101', { stage: 2, isEntry: true })
    expect(findingsOf(p, 'no_adult_entry')).toEqual([])
  })

  it('counts an unmarked integrated module on a later stage', () => {
    const p = pathway()
    p.module('MFG-101', { stage: 1, isEntry: true })
    p.module('IET-201', { kind: 'integrated', stage: 2 })
    expect(findingsOf(p, 'no_adult_entry')).toEqual([])
  })

  it('does not count an adult-level occupational module that is not marked as an entry point', () => {
    const p = pathway()
    p.module('MFG-101', { stage: 1, isEntry: true })
    p.module('ADL-201', { level: 'adult', stage: 2 })
    expect(findingsOf(p, 'no_adult_entry')).toHaveLength(1)
  })
})
