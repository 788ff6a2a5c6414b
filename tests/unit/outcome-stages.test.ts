import { describe, expect, it } from 'vitest'
import { allLearnersRow, stageFlows } from '../../shared/domain/outcomes/stages'
import { ALL_TERMS, publishOutcomeTable, type OutcomeRow } from '../../shared/domain/outcomes/table'

type Counts = { enrolled: number; completed: number; credentialEarned?: number; continued?: number | null; employedQ2?: number | null }

const row = (term: string, counts: Counts, subgroup: [string, string] = ['', '']): OutcomeRow => ({
  term,
  subgroupDimension: subgroup[0],
  subgroupValue: subgroup[1],
  enrolled: counts.enrolled,
  completed: counts.completed,
  credentialEarned: counts.credentialEarned ?? counts.completed,
  continued: counts.continued === undefined ? counts.completed : counts.continued,
  employedQ2: counts.employedQ2 === undefined ? null : counts.employedQ2,
  medianEarningsQ2: null,
})

const table = (rows: OutcomeRow[], threshold = 10) => publishOutcomeTable(rows, threshold)

describe('stageFlows', () => {
  it('sums the modules of each stage over all terms and gives the share of completers who continue', () => {
    const flows = stageFlows(
      [
        { moduleId: 1, stage: 1, rows: table([row('2024-fall', { enrolled: 40, completed: 30, continued: 20 }), row('2025-spring', { enrolled: 60, completed: 50, continued: 20 })]) },
        { moduleId: 2, stage: 1, rows: table([row('2024-fall', { enrolled: 20, completed: 20, continued: 10 }), row('2025-spring', { enrolled: 20, completed: 20, continued: 10 })]) },
        { moduleId: 3, stage: 2, rows: table([row('2025-spring', { enrolled: 60, completed: 45, continued: null, employedQ2: 30 })]) },
      ],
      ALL_TERMS,
    )
    expect(flows.stages).toEqual([
      { stage: 1, enrolled: 140, completed: 120, credentialEarned: 120, continued: 60, employedQ2: null, partial: false },
      { stage: 2, enrolled: 60, completed: 45, credentialEarned: 45, continued: null, employedQ2: 30, partial: false },
    ])
    // Stage 2 is the top of this ladder: nothing to continue to.
    expect(flows.transitions).toEqual([{ fromStage: 1, toStage: 2, completed: 120, continued: 60, share: 0.5, partial: false }])
  })

  it('reads one term, and a stage without data in it still closes the transition below it', () => {
    const flows = stageFlows(
      [
        { moduleId: 1, stage: 1, rows: table([row('2024-fall', { enrolled: 40, completed: 30, continued: 12 }), row('2025-spring', { enrolled: 60, completed: 50, continued: 20 })]) },
        { moduleId: 2, stage: 3, rows: [] },
      ],
      '2024-fall',
    )
    expect(flows.stages.map((s) => s.stage)).toEqual([1])
    expect(flows.transitions).toEqual([{ fromStage: 1, toStage: 3, completed: 30, continued: 12, share: 0.4, partial: false }])
  })

  it('leaves a hidden figure out of the sum and marks the stage and the transition partial', () => {
    const small = table([row('2024-fall', { enrolled: 12, completed: 8, continued: 5 }), row('2025-spring', { enrolled: 12, completed: 9, continued: 6 })])
    const totals = allLearnersRow(small, ALL_TERMS)!
    // The totals are shown (17 and 11), the terms' completers hidden.
    expect(totals.suppressed).toEqual([])
    const hiddenTerm = allLearnersRow(small, '2024-fall')!
    expect(hiddenTerm.suppressed).toContain('completed')
    const flows = stageFlows(
      [
        { moduleId: 1, stage: 1, rows: small },
        { moduleId: 2, stage: 1, rows: table([row('2024-fall', { enrolled: 50, completed: 40, continued: 30 })]) },
        { moduleId: 3, stage: 2, rows: [] },
      ],
      '2024-fall',
    )
    expect(flows.stages[0]).toMatchObject({ enrolled: 62, completed: 40, continued: 30, partial: true })
    expect(flows.transitions[0]).toEqual({ fromStage: 1, toStage: 2, completed: 40, continued: 30, share: 0.75, partial: true })
  })

  it('leaves a module whose continuation is not known out of the transition, without calling it partial', () => {
    const flows = stageFlows(
      [
        { moduleId: 1, stage: 1, rows: table([row('2024-fall', { enrolled: 40, completed: 30, continued: 15 })]) },
        { moduleId: 2, stage: 1, rows: table([row('2024-fall', { enrolled: 40, completed: 30, continued: null })]) },
        { moduleId: 3, stage: 2, rows: [] },
      ],
      ALL_TERMS,
    )
    expect(flows.stages[0]).toMatchObject({ completed: 60, continued: 15, partial: false })
    expect(flows.transitions[0]).toMatchObject({ completed: 30, continued: 15, share: 0.5, partial: false })
  })

  it('has no share without completers', () => {
    const flows = stageFlows(
      [
        { moduleId: 1, stage: 1, rows: table([row('2024-fall', { enrolled: 40, completed: 0, continued: 0 })], 0) },
        { moduleId: 2, stage: 2, rows: [] },
      ],
      ALL_TERMS,
    )
    expect(flows.transitions[0]).toMatchObject({ completed: 0, share: null })
  })

  it('reads only the all-learners rows, not the subgroups', () => {
    const rows = table([
      row('2024-fall', { enrolled: 40, completed: 30 }),
      row('2024-fall', { enrolled: 20, completed: 15 }, ['age', '16-24']),
      row('2024-fall', { enrolled: 20, completed: 15 }, ['age', '25+']),
    ])
    expect(stageFlows([{ moduleId: 1, stage: 1, rows }], ALL_TERMS).stages).toEqual([
      { stage: 1, enrolled: 40, completed: 30, credentialEarned: 30, continued: 30, employedQ2: null, partial: false },
    ])
  })
})
