// Outcome figures in words for the road map's outcome picture: a hidden figure is "fewer than N" (a count) or
// "hidden" (a rate resting on one), never a guessed value; a figure nobody reported is "not known".
import type { GapSubject } from '../../../shared/domain/outcomes/gaps'
import type { OutcomeCount, OutcomeRate } from '../../../shared/domain/outcomes/measures'
import type { StageFlow } from '../../../shared/domain/outcomes/stages'
import type { PublishedFigure, PublishedOutcomeRow } from '../../../shared/domain/outcomes/table'

const whole = new Intl.NumberFormat('en-US')

// 0.734 → "73%".
export const percent = (rate: number) => `${Math.round(rate * 100)}%`

export const isHidden = (row: Pick<PublishedOutcomeRow, 'suppressed'>, figure: PublishedFigure) => row.suppressed.includes(figure)

// A count as a reader may see it; `partial` marks a sum that leaves hidden figures out (a lower bound).
export function countText(value: number | null, hidden: boolean, threshold: number, partial = false): string {
  if (hidden) return `fewer than ${threshold}`
  if (value === null) return 'not known'
  return partial ? `at least ${whole.format(value)}` : whole.format(value)
}

export function rateText(value: number | null, hidden: boolean): string {
  if (hidden) return 'hidden'
  return value === null ? 'not known' : percent(value)
}

// One step of a flow from entry to a job: its count, and the share it is of the step it is measured against.
export type FlowStep = {
  key: OutcomeCount
  label: string
  // The label in the picture, where room is short.
  short: string
  value: number | null
  hidden: boolean
  partial: boolean
  // "of those who completed": what the share is of; null for the entry step.
  shareOf: string | null
  share: number | null
  shareHidden: boolean
}

type StepDefinition = { key: OutcomeCount; label: string; short: string; rate?: OutcomeRate; shareOf?: string }
export const FLOW_STEPS: readonly StepDefinition[] = [
  { key: 'enrolled', label: 'Entered', short: 'Entered' },
  { key: 'completed', label: 'Completed', short: 'Completed', rate: 'completionRate', shareOf: 'of those who entered' },
  { key: 'credentialEarned', label: 'Earned the credential', short: 'Credential', rate: 'credentialRate', shareOf: 'of those who entered' },
  { key: 'continued', label: 'Went on to the next stage', short: 'Next stage', rate: 'continuationRate', shareOf: 'of those who completed' },
  { key: 'employedQ2', label: 'In a target job (2nd quarter after exit)', short: 'Target job', rate: 'employmentRate', shareOf: 'of those who entered' },
]

// The flow of one published row: entered → completed → credential → next stage, and → job. A credential
// leads to no next stage of the ladder itself, so its flow has no such step.
export function outcomeFlow(row: PublishedOutcomeRow, subject: GapSubject): FlowStep[] {
  const steps = subject === 'credential' ? FLOW_STEPS.filter((step) => step.key !== 'continued') : FLOW_STEPS
  return steps.map((step) => ({
    key: step.key,
    label: step.label,
    short: step.short,
    value: row[step.key],
    hidden: isHidden(row, step.key),
    partial: false,
    shareOf: step.shareOf ?? null,
    share: step.rate ? row[step.rate] : null,
    shareHidden: step.rate ? isHidden(row, step.rate) : false,
  }))
}

// A flow in one sentence, the text alternative of its picture.
export function flowSentence(subject: string, steps: readonly FlowStep[], threshold: number): string {
  const parts = steps.map((step) => {
    const count = countText(step.value, step.hidden, threshold, step.partial)
    const share = step.shareOf && step.value !== null && !step.hidden && step.share !== null ? ` (${percent(step.share)} ${step.shareOf})` : ''
    return `${step.label.toLowerCase()}: ${count}${share}`
  })
  return `${subject}: ${parts.join('; ')}.`
}

// The flow of a stage's summed figures. A sum that left hidden figures out is a lower bound ("at least"), and no
// share is given of it; continuation and employment count only the modules that report them, so they get none.
export function stageFlowSteps(stage: StageFlow): FlowStep[] {
  return FLOW_STEPS.map((step) => {
    const value = stage[step.key]
    const ofEntered = !stage.partial && value !== null && stage.enrolled > 0 && (step.key === 'completed' || step.key === 'credentialEarned')
    return {
      key: step.key,
      label: step.label,
      short: step.short,
      value,
      hidden: false,
      partial: stage.partial && value !== null,
      shareOf: ofEntered ? (step.shareOf ?? null) : null,
      share: ofEntered ? value / stage.enrolled : null,
      shareHidden: false,
    }
  })
}
