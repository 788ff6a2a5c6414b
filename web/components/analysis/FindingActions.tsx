// Under a finding: its next step, the action that does it (or opens the editor for it), the decision that
// stands on it, and, for people who may edit the pathway, accepting it as intended or withdrawing a decision.
// Actions are offered only to people whose role may do them; the server checks ownership as well.
import { A } from '@solidjs/router'
import { createSignal, Show } from 'solid-js'
import { REASON_MAX } from '../../../shared/schemas/finding-decision'
import { ApiError, client, data } from '../../api'
import { can } from '../../lib/session'

type Row = { id: number; code: string; title: string }
export type ActionableFinding = {
  kind: string
  fingerprint: string
  nextStep: string
  refs: { moduleIds?: number[]; competencyIds?: number[] }
  rows: { modules?: Row[] }
  decision: null | { id: number; decision: string; reason: string | null; assigneeName: string | null; dueOn: string | null; decidedByName: string | null; standing: boolean }
}

const problem = (error: unknown) => (error instanceof ApiError ? error.message : 'Something went wrong; try again.')

export function FindingActions(props: { slug: string; finding: ActionableFinding; onChanged: () => void }) {
  const [message, setMessage] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [reason, setReason] = createSignal('')
  const [accepting, setAccepting] = createSignal(false)
  const modules = () => props.finding.rows.modules ?? []
  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true)
    setMessage('')
    try {
      await work()
      setMessage(done)
      props.onChanged()
    } catch (error) {
      setMessage(problem(error))
    } finally {
      setBusy(false)
    }
  }
  const articulate = () => {
    const [from, to] = modules()
    if (!from || !to || !confirm(`Add an articulation from ${from.code} to ${to.code} (articulated credit)?`)) return
    void run(
      () => data(client.articulations.$post({ json: { fromModuleId: from.id, toModuleId: to.id, kind: 'articulated_credit' } })),
      `Articulation from ${from.code} to ${to.code} added.`,
    )
  }
  const accept = (e: SubmitEvent) => {
    e.preventDefault()
    void run(
      () => data(client.pathways[':slug'].findings.decisions.$post({ param: { slug: props.slug }, json: { fingerprint: props.finding.fingerprint, decision: 'accepted', reason: reason() } })),
      'Accepted as intended.',
    )
  }
  const withdraw = (id: number) =>
    run(() => client.pathways[':slug'].findings.decisions[':id'].$delete({ param: { slug: props.slug, id: String(id) } }).then((r) => {
      if (!r.ok) throw new ApiError(r.status, 'withdraw_failed', 'The decision could not be withdrawn.')
    }), 'Decision withdrawn; the finding is open.')
  const pair = () => modules().length >= 2 && (props.finding.kind === 'duplicated_across_levels' || props.finding.kind === 'near_duplicate_outcomes')
  const bridgeTarget = () => (props.finding.kind === 'bridge_gap' || props.finding.kind === 'no_adult_entry' ? modules()[0] : undefined)
  const single = () => (props.finding.kind === 'no_credential' || props.finding.kind === 'never_mastered' ? modules().at(-1) : undefined)
  const id = () => `reason-${props.finding.fingerprint}`
  return (
    <div class="finding-actions">
      <p class="finding-next-step">
        <strong>Next step:</strong> {props.finding.nextStep}
      </p>
      <Show when={props.finding.decision}>
        {(d) => (
          <p class="finding-decision">
            <Show when={d().standing} fallback={<>Reopened: facts changed since it was {d().decision === 'accepted' ? 'accepted' : 'assigned'}.</>}>
              <Show when={d().decision === 'accepted'} fallback={<>Assigned{d().assigneeName ? ` to ${d().assigneeName}` : ''}, due {d().dueOn}.</>}>
                Accepted as intended{d().decidedByName ? ` by ${d().decidedByName}` : ''}: {d().reason}
              </Show>
            </Show>{' '}
            <Show when={d().standing && can('pathway:write')}>
              <button type="button" class="link-button" disabled={busy()} onClick={() => void withdraw(d().id)}>Withdraw decision</button>
            </Show>
          </p>
        )}
      </Show>
      <div class="finding-action-buttons">
        <Show when={pair() && can('credential:write')}>
          <button type="button" disabled={busy()} onClick={articulate}>
            Add an articulation between {modules()[0]!.code} and {modules()[1]!.code}
          </button>
        </Show>
        <Show when={bridgeTarget() && can('bridge:write')}>
          <A class="button" href={`/bridges/new?target=${bridgeTarget()!.id}`}>Build a bridge for these skills</A>
        </Show>
        <Show when={single()}>
          {(m) => (
            <A class="button" href={`/modules/${m().id}/edit`}>
              {props.finding.kind === 'no_credential' ? `Attach a credential to ${m().code}` : `Open ${m().code} to raise the depth`}
            </A>
          )}
        </Show>
        <Show when={props.finding.kind === 'dead_end_credential' && can('credential:write')}>
          <A class="button" href="/credentials">Stack this credential into…</A>
        </Show>
        <Show when={can('pathway:write') && !(props.finding.decision?.standing && props.finding.decision.decision === 'accepted')}>
          <button type="button" class="secondary" aria-expanded={accepting()} onClick={() => setAccepting(!accepting())}>Accept as intended…</button>
        </Show>
      </div>
      <Show when={accepting()}>
        <form class="finding-accept" onSubmit={accept}>
          <label for={id()}>Why is this intended?</label>
          <textarea id={id()} maxLength={REASON_MAX} required value={reason()} onInput={(e) => setReason(e.currentTarget.value)} />
          <button type="submit" disabled={busy()}>Accept as intended</button>
        </form>
      </Show>
      <p class="finding-action-message" role="status">{message()}</p>
    </div>
  )
}
