// How decisions on findings (DESIGN §3) bear on each finding: a decision stands while the finding's facts are
// those it was taken on; with other facts the finding is open again ("reopened: facts changed").
import type { DecisionKind, FindingStatus } from '../../schemas/finding-decision'

// The part of a current decision that the status of a finding depends on.
export type DecisionState = { fingerprint: string; factsHash: string; decision: DecisionKind; assigneeId: number | null }

// The current decision on each fingerprint.
export type DecisionStates = ReadonlyMap<string, DecisionState>

export function decisionStates(decisions: readonly DecisionState[]): DecisionStates {
  return new Map(decisions.map((d) => [d.fingerprint, d]))
}

// The decision that stands on a finding, if any: the current one, taken on the same facts.
export function standingDecision(finding: { fingerprint: string; factsHash: string }, states: DecisionStates): DecisionState | undefined {
  const state = states.get(finding.fingerprint)
  return state && state.factsHash === finding.factsHash ? state : undefined
}

// Open, assigned or accepted, by the decision that stands on it.
export function statusOf(finding: { fingerprint: string; factsHash: string }, states: DecisionStates): FindingStatus {
  return standingDecision(finding, states)?.decision ?? 'open'
}
