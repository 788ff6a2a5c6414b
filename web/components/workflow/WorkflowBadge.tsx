// A module's or pathway's review state as a badge in words ("In review", "Approved, with a new draft").
import { stateWords, type WorkflowState } from '../../../shared/domain/workflow'

export function WorkflowBadge(props: { state: WorkflowState; approvedVersion: number | null; prefix?: string }) {
  return (
    <span class={`badge workflow-badge workflow-${props.state}`}>
      {props.prefix}
      {stateWords(props.state, props.approvedVersion)}
    </span>
  )
}
