import { describe, expect, it } from 'vitest'
import { findingsOf, pathway } from './builder'

const SCHOOL_TEXT = 'Measure a machined part to within 0.001 inch using an outside micrometer and record the reading on the inspection sheet.'
const COLLEGE_TEXT = 'Measure machined parts to within 0.001 inch using outside micrometers and record the readings on an inspection sheet.'
const EDITED_TEXT = 'Measure machined parts to within 0.001 inch using outside micrometers and record the readings on a quality log.'

// Two modules with near-identical outcomes; options decide the second module's level.
function twoOutcomes(collegeLevel: 'secondary' | 'postsecondary' = 'postsecondary', collegeText = COLLEGE_TEXT) {
  const p = pathway()
  const school = p.module('HS-MACH', { level: 'secondary', stage: 1 })
  const college = p.module('MFG-101', { level: collegeLevel, stage: 2 })
  const first = p.outcome(school, SCHOOL_TEXT)
  p.outcome(school, 'Identify the hazards of a lathe and choose the guarding that controls each.')
  const second = p.outcome(college, collegeText)
  p.outcome(college, 'Program a CNC mill from a part drawing using G-code.')
  return { p, school, college, first, second }
}

describe('near_duplicate_outcomes', () => {
  it('flags near-identical outcomes of modules at different levels with no articulation', () => {
    const { p, school, college, first, second } = twoOutcomes()
    const [finding, ...rest] = findingsOf(p, 'near_duplicate_outcomes')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({
      key: `near_duplicate_outcomes:o${first}:o${second}`,
      severity: 'info',
      refs: { outcomeIds: [first, second], moduleIds: [school, college], levels: ['secondary', 'postsecondary'] },
    })
    expect(finding!.message).toMatch(/^Outcome “Measure a machined part.*” of HS-MACH “Title of HS-MACH” \(secondary\) and “.*” of MFG-101 .* are 100% alike with no articulation between the modules\.$/)
  })

  it('is silent when an articulation joins the modules', () => {
    const { p, school, college } = twoOutcomes()
    p.articulate({ module: school }, college)
    expect(findingsOf(p, 'near_duplicate_outcomes')).toEqual([])
  })

  it('is silent for modules at the same level', () => {
    const { p } = twoOutcomes('secondary')
    expect(findingsOf(p, 'near_duplicate_outcomes')).toEqual([])
  })

  it('follows the configured threshold', () => {
    const { p } = twoOutcomes('postsecondary', EDITED_TEXT)
    const [atDefault] = findingsOf(p, 'near_duplicate_outcomes')
    expect(atDefault!.message).toContain('71% alike')
    expect(findingsOf(p, 'near_duplicate_outcomes', { similarity: { threshold: 0.75 } })).toEqual([])
  })
})
