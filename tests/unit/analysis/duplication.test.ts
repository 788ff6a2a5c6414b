import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

// A competency mastered in a secondary and a postsecondary module.
function masteredTwice() {
  const p = pathway()
  const c = p.competency('MM-1', { parent: p.competency('MM') })
  const school = p.module('HS-MACH', { level: 'secondary', stage: 1 })
  const college = p.module('MFG-101', { level: 'postsecondary', stage: 2 })
  p.align(school, c, 'M').align(college, c, 'M')
  return { p, c, school, college }
}

describe('duplicated_across_levels', () => {
  it('flags a competency mastered at two levels with no articulation between the modules', () => {
    const { p, c, school, college } = masteredTwice()
    const [finding, ...rest] = findingsOf(p, 'duplicated_across_levels')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      key: `duplicated_across_levels:c${c}`,
      severity: 'warning',
      refs: { competencyIds: [c], moduleIds: [school, college], levels: ['secondary', 'postsecondary'] },
    })
    expect(finding!.message).toBe(
      'MM-1 “Statement of MM-1” is mastered in HS-MACH “Title of HS-MACH” (secondary) and MFG-101 “Title of MFG-101” ' +
        '(postsecondary) with no articulation between them, so students repeat it; articulate credit or master it once.',
    )
  })

  it('flags a competency mastered twice at one level', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    p.align(p.module('MFG-101'), c, 'M').align(p.module('MFG-102'), c, 'M')
    expect(findingsOf(p, 'duplicated_across_levels')).toHaveLength(1)
  })

  it('is silent when an articulation joins the modules, in either direction', () => {
    const forward = masteredTwice()
    forward.p.articulate({ module: forward.school }, forward.college)
    expect(findingsOf(forward.p, 'duplicated_across_levels')).toEqual([])

    const backward = masteredTwice()
    backward.p.articulate({ module: backward.college }, backward.school)
    expect(findingsOf(backward.p, 'duplicated_across_levels')).toEqual([])
  })

  it('is silent when a credential the first module leads to articulates into the second', () => {
    const { p, school, college } = masteredTwice()
    const osha = p.credential('OSHA-10', [school])
    p.articulate({ credential: osha }, college)
    expect(findingsOf(p, 'duplicated_across_levels')).toEqual([])
  })

  it('is silent when a competency is mastered once and only reinforced elsewhere', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    p.align(p.module('HS-MACH', { level: 'secondary' }), c, 'R').align(p.module('MFG-101'), c, 'M')
    expect(findingsOf(p, 'duplicated_across_levels')).toEqual([])
  })

  it('lists every module lacking an articulation with another master, and none when all pairs articulate', () => {
    const p = pathway()
    const c = p.competency('MM-1', { parent: p.competency('MM') })
    const a = p.module('A-1', { level: 'secondary' })
    const b = p.module('B-1', { level: 'postsecondary' })
    const d = p.module('D-1', { level: 'apprenticeship', stage: 2 })
    p.align(a, c).align(b, c).align(d, c).articulate({ module: a }, b)
    expect(findingsOf(p, 'duplicated_across_levels')[0]!.refs.moduleIds).toEqual([a, b, d])

    p.articulate({ module: a }, d).articulate({ module: d }, b)
    expect(findingsOf(p, 'duplicated_across_levels')).toEqual([])
  })
})
