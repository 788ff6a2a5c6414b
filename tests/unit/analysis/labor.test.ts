import { describe, expect, it } from 'vitest'
import { analysePathway } from '../../../shared/domain/analysis/analyse'
import { findingsOf, pathway } from './builder'

// A two-rung ladder whose top rung is an exit.
function ladder() {
  const p = pathway()
  const start = p.module('MFG-101', { stage: 1, isExit: true })
  const top = p.module('MFG-201', { stage: 2, isExit: true })
  return { p, start, top }
}

describe('below_family_wage', () => {
  it('flags a top-of-pathway exit whose best-paid job pays a median below the family-sustaining wage', () => {
    const { p, top } = ladder()
    p.familyWage(26.5).job(top, '51-9161', 24.37).job(top, '51-9061', 23.35)
    const [finding, ...rest] = findingsOf(p, 'below_family_wage')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: `below_family_wage:m${top}`, severity: 'info', refs: { moduleIds: [top], occupations: ['51-9161', '51-9061'] } })
    expect(finding!.message).toBe(
      'The jobs at MFG-201 “Title of MFG-201”, the top of the pathway, pay a median of at most $24.37 an hour ' +
        '(51-9161 Title of 51-9161 $24.37 and 51-9061 Title of 51-9061 $23.35), below the family-sustaining wage of $26.50 (Living wage, 1 adult 1 child).',
    )
    expect(finding!.nextStep).toBe('Add a next rung above MFG-201 that leads to better-paid jobs, or name better-paid target occupations at MFG-201.')
    expect(finding!.rows.occupations).toEqual([
      { socCode: '51-9161', title: 'Title of 51-9161', hourlyMedian: 24.37, wageSource: 'BLS OEWS, national, May 2025', changePercent: 0 },
      { socCode: '51-9061', title: 'Title of 51-9061', hourlyMedian: 23.35, wageSource: 'BLS OEWS, national, May 2025', changePercent: 0 },
    ])
  })

  it('is silent when one job at the exit reaches the wage (exactly is enough), for lower exits, and without a wage or published medians', () => {
    const reaches = ladder()
    reaches.p.familyWage(28.24).job(reaches.top, '51-9161', 24.37).job(reaches.top, '51-4041', 28.24)
    expect(findingsOf(reaches.p, 'below_family_wage')).toEqual([])
    const lower = ladder()
    lower.p.familyWage(26.5).job(lower.start, '51-9061', 20).job(lower.top, '51-4041', 28.24)
    expect(findingsOf(lower.p, 'below_family_wage')).toEqual([])
    const noWage = ladder()
    noWage.p.job(noWage.top, '51-9161', 10)
    expect(findingsOf(noWage.p, 'below_family_wage')).toEqual([])
    const unpublished = ladder()
    unpublished.p.familyWage(26.5).job(unpublished.top, '25-1011', null)
    expect(findingsOf(unpublished.p, 'below_family_wage')).toEqual([])
  })

  it('lapses a decision when the wage figures move (facts hash), keeping its fingerprint', () => {
    const { p, top } = ladder()
    p.familyWage(26.5).job(top, '51-9161', 24.37)
    const before = findingsOf(p, 'below_family_wage')[0]!
    const raised = analysePathway({ ...p.build(), familyWage: { hourly: 27, source: null } }).findings.find((f) => f.kind === 'below_family_wage')!
    expect(raised.fingerprint).toBe(before.fingerprint)
    expect(raised.factsHash).not.toBe(before.factsHash)
  })
})

describe('no_demand', () => {
  it('flags each exit job whose employment is projected to decline, once, naming every exit that names it', () => {
    const { p, start, top } = ladder()
    p.job(start, '51-9161', 24.37, -10.7).job(top, '51-9161', 24.37, -10.7).job(top, '51-4041', 28.24, 0).job(top, '49-9041', 30, 16.1)
    const [finding, ...rest] = findingsOf(p, 'no_demand')
    expect(rest).toEqual([])
    expect(finding).toMatchObject({ key: 'no_demand:j51-9161', severity: 'info', refs: { moduleIds: [start, top], occupations: ['51-9161'] } })
    expect(finding!.message).toBe(
      'Employment of 51-9161 Title of 51-9161, named at MFG-101 “Title of MFG-101” and MFG-201 “Title of MFG-201”, is projected to change by -10.7% over 2024–34: fewer of these jobs are expected.',
    )
    expect(finding!.nextStep).toContain("Review 51-9161 with the partnership's employers")
  })

  it('is silent for steady or growing jobs and for projections not published', () => {
    const { p, top } = ladder()
    p.job(top, '51-4041', 28.24, 0).job(top, '49-9041', 30, 16.1).job(top, '55-1011', null, null)
    expect(findingsOf(p, 'no_demand')).toEqual([])
  })
})
