import { describe, expect, it } from 'vitest'
import { describeGap, subgroupComparisons, subgroupGaps, subgroupLabel } from '../../shared/domain/outcomes/gaps'
import { publishOutcomeTable, type OutcomeRow } from '../../shared/domain/outcomes/table'

const row = (term: string, subgroupDimension: string, subgroupValue: string, enrolled: number, completed: number, credentialEarned = completed): OutcomeRow => ({
  term,
  subgroupDimension,
  subgroupValue,
  enrolled,
  completed,
  credentialEarned,
  continued: null,
  employedQ2: null,
  medianEarningsQ2: null,
})

// 100 English learners of whom 41 complete, 100 others of whom 72 complete.
const fall = [row('2024-fall', '', '', 200, 113, 90), row('2024-fall', 'English learner', 'yes', 100, 41, 40), row('2024-fall', 'English learner', 'no', 100, 72, 50)]
const options = { minLearners: 10, minPoints: 10 }

describe('subgroup gaps', () => {
  it('finds a group below the rest by more than the points asked, rest being all learners minus the group', () => {
    const gaps = subgroupGaps(publishOutcomeTable(fall, 10), '2024-fall', options)
    expect(gaps).toEqual([
      { dimension: 'English learner', value: 'yes', measure: 'completion', groupRate: 0.41, restRate: 0.72, groupEnrolled: 100, restEnrolled: 100, points: expect.closeTo(31, 6) },
    ])
    expect(describeGap(gaps[0]!, 'MFG 110')).toBe('English learners complete MFG 110 at 41% vs 72% for other learners')
  })

  it('counts credential gaps too, and only those strictly over the points asked', () => {
    const gaps = subgroupGaps(publishOutcomeTable(fall, 0), '2024-fall', { minLearners: 10, minPoints: 5 })
    expect(gaps.map((gap) => [gap.measure, gap.value])).toEqual([['completion', 'yes'], ['credential', 'yes']])
    expect(describeGap(gaps[1]!, 'MFG 110')).toBe('English learners earn the credential of MFG 110 at 40% vs 50% for other learners')
    expect(subgroupGaps(publishOutcomeTable(fall, 0), '2024-fall', { minLearners: 10, minPoints: 31 })).toEqual([])
  })

  it('needs enough learners on both sides', () => {
    const few = [row('2024-fall', '', '', 112, 80), row('2024-fall', 'Veteran', 'yes', 12, 2), row('2024-fall', 'Veteran', 'no', 100, 78)]
    expect(subgroupGaps(publishOutcomeTable(few, 0), '2024-fall', { minLearners: 12, minPoints: 10 })).toHaveLength(2)
    expect(subgroupGaps(publishOutcomeTable(few, 0), '2024-fall', { minLearners: 13, minPoints: 10 })).toEqual([])
  })

  it('uses no hidden figure: a group whose count is suppressed, or whose rest would rest on one, gives no gap', () => {
    const small = [row('2024-fall', '', '', 105, 80), row('2024-fall', 'Age band', '16-24', 5, 1), row('2024-fall', 'Age band', '25+', 100, 79)]
    const published = publishOutcomeTable(small, 10)
    expect(published.find((r) => r.subgroupValue === '16-24')!.enrolled).toBeNull()
    // The complementary cell hides the other value too, so the rest of either value is unknown.
    expect(published.find((r) => r.subgroupValue === '25+')!.enrolled).toBeNull()
    expect(subgroupComparisons(published, '2024-fall', 0)).toEqual([])
    expect(subgroupComparisons(publishOutcomeTable(small, 0), '2024-fall', 1)).toHaveLength(4)
  })

  it('reads only the term asked, and nothing without an all-learners row', () => {
    const two = [...fall, row('2025-spring', '', '', 50, 40), row('2025-spring', 'English learner', 'yes', 20, 16), row('2025-spring', 'English learner', 'no', 30, 24)]
    expect(subgroupGaps(publishOutcomeTable(two, 0), '2025-spring', options)).toEqual([])
    expect(subgroupGaps(publishOutcomeTable(two, 0), 'all', options).map((gap) => [gap.measure, gap.groupEnrolled])).toEqual([['completion', 120], ['credential', 120]])
    expect(subgroupGaps(publishOutcomeTable(fall, 0).filter((r) => r.subgroupDimension !== ''), '2024-fall', options)).toEqual([])
  })

  it('names groups in words', () => {
    expect(subgroupLabel('English learner', 'no')).toBe('Learners who are not English learners')
    expect(subgroupLabel('Veteran', 'Yes')).toBe('Veteran learners')
    expect(subgroupLabel('Age band', '16–24')).toBe('Learners whose age band is 16–24')
    expect(subgroupLabel('Entry level', 'ABE 3')).toBe('Learners whose entry level is ABE 3')
  })
})
