// Flows between the stages of a pathway's ladder, built only from published (suppressed) module tables, so a
// stage's figure never rests on a hidden count: a hidden figure is left out of its sum, which then is a lower
// bound and is marked partial. Read by the road map's picture and by the outcome findings alike.
import { OUTCOME_COUNTS, type OutcomeCount } from './measures'
import { ALL_TERMS, type PublishedOutcomeRow } from './table'

export type ModuleOutcomeTable = { moduleId: number; stage: number; rows: readonly PublishedOutcomeRow[] }

// Continuation and employment are null when no module of the stage reports them (not known, not hidden).
export type StageFlow = {
  stage: number
  enrolled: number
  completed: number
  credentialEarned: number
  continued: number | null
  employedQ2: number | null
  // Some module's figure was hidden: the sums are lower bounds.
  partial: boolean
}

// Completers and continuers of the modules of `fromStage` that report both (a module whose continuation is not
// known yet says nothing about it); `share` is continued over completed, null with no completers.
export type TransitionFlow = {
  fromStage: number
  toStage: number
  completed: number
  continued: number
  share: number | null
  // Some module's completers or continuers were hidden, so the share leaves that module out.
  partial: boolean
}

export type StageFlows = { stages: StageFlow[]; transitions: TransitionFlow[] }

const isAllLearners = (row: PublishedOutcomeRow) => row.subgroupDimension === '' && row.subgroupValue === ''

// A module's all-learners row of `term`. For all terms, a table with a single term has no totals row: that
// term's row is its total.
export function allLearnersRow(rows: readonly PublishedOutcomeRow[], term: string): PublishedOutcomeRow | undefined {
  const learners = rows.filter(isAllLearners)
  const row = learners.find((r) => r.term === term)
  if (row || term !== ALL_TERMS) return row
  return learners.length === 1 ? learners[0] : undefined
}

const isHidden = (row: PublishedOutcomeRow, count: OutcomeCount) => row.suppressed.includes(count)

// Per stage with data in `term`, lowest first, and from each of those to the next stage of the ladder (the
// stages of `modules`, with data or without: pass every module of the pathway).
export function stageFlows(modules: readonly ModuleOutcomeTable[], term: string): StageFlows {
  const byStage = new Map<number, PublishedOutcomeRow[]>()
  for (const module of modules) {
    const row = allLearnersRow(module.rows, term)
    if (row) byStage.set(module.stage, [...(byStage.get(module.stage) ?? []), row])
  }
  const ladder = [...new Set(modules.map((m) => m.stage))].sort((a, b) => a - b)
  const withData = ladder.filter((stage) => byStage.has(stage))
  const stages = withData.map((stage) => stageFlow(stage, byStage.get(stage)!))
  const transitions = withData.flatMap((stage) => {
    const next = ladder.find((other) => other > stage)
    return next === undefined ? [] : [transitionFlow(stage, next, byStage.get(stage)!)]
  })
  return { stages, transitions }
}

function stageFlow(stage: number, rows: readonly PublishedOutcomeRow[]): StageFlow {
  const sum = (count: OutcomeCount): number | null => {
    const known = rows.map((row) => row[count]).filter((value) => value !== null)
    return known.length === 0 ? null : known.reduce((a, b) => a + b, 0)
  }
  const partial = rows.some((row) => OUTCOME_COUNTS.some((count) => isHidden(row, count)))
  return {
    stage,
    enrolled: sum('enrolled') ?? 0,
    completed: sum('completed') ?? 0,
    credentialEarned: sum('credentialEarned') ?? 0,
    continued: sum('continued'),
    employedQ2: sum('employedQ2'),
    partial,
  }
}

function transitionFlow(fromStage: number, toStage: number, rows: readonly PublishedOutcomeRow[]): TransitionFlow {
  const both = rows.filter((row) => row.completed !== null && row.continued !== null)
  const completed = both.reduce((total, row) => total + row.completed!, 0)
  const continued = both.reduce((total, row) => total + row.continued!, 0)
  const partial = rows.some((row) => isHidden(row, 'completed') || isHidden(row, 'continued'))
  return { fromStage, toStage, completed, continued, share: completed > 0 ? continued / completed : null, partial }
}
