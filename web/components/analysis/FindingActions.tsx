// Under a finding: its next step, the action that does it (or opens the editor for it), the decision that
// stands on it, and, for people who may edit the pathway, accepting it as intended or withdrawing a decision.
// Actions are offered only to people whose role may do them; the server checks ownership as well.
import { formatDate } from '../../lib/format'
import { A } from '@solidjs/router'
import { createSignal, For, Match, Show, Switch } from 'solid-js'
import { REASON_MAX } from '../../../shared/schemas/finding-decision'
import { ApiError, client, data } from '../../api'
import { can } from '../../lib/session'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { AlignModuleDialog } from './AlignModuleDialog'
import { AssignFindingForm } from './AssignFindingForm'
import { ArticulationDialog } from './ArticulationDialog'
import { actionsOf, type PlannableFinding, type PlannedAction } from './finding-action-plan'

export type ActionableFinding = PlannableFinding & {
  fingerprint: string
  nextStep: string
  decision: null | { id: number; decision: string; reason: string | null; assigneeName: string | null; dueOn: string | null; decidedByName: string | null; standing: boolean }
}

const problem = (error: unknown) => (error instanceof ApiError ? error.message : 'Something went wrong; try again.')

// target: the finding as comments and assignments name it (its pathway and fingerprint).
export function FindingActions(props: { slug: string; target: CommentTarget; finding: ActionableFinding; onChanged: () => void }) {
  const [message, setMessage] = createSignal('')
  const [busy, setBusy] = createSignal(false)
  const [reason, setReason] = createSignal('')
  const [accepting, setAccepting] = createSignal(false)
  const [assigning, setAssigning] = createSignal(false)
  // The action whose form is open.
  const [open, setOpen] = createSignal<PlannedAction | null>(null)
  const actions = () => actionsOf(props.finding, props.slug).filter((a) => can(a.permission))
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
  // A form closed after saving reports what it did, and the findings are read again.
  const closed = (saved: string | null) => {
    setOpen(null)
    setAssigning(false)
    if (saved === null) return
    setMessage(saved)
    props.onChanged()
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
              <Show when={d().decision === 'accepted'} fallback={<>Assigned{d().assigneeName ? ` to ${d().assigneeName}` : ''}, due {d().dueOn ? formatDate(d().dueOn!) : ''}.</>}>
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
        <For each={actions()}>
          {(action) => (
            <Switch>
              <Match when={action.type === 'link' && action}>{(a) => <A class="button" href={a().href}>{a().label}</A>}</Match>
              <Match when={action.type !== 'link'}>
                <button type="button" disabled={busy()} aria-haspopup="dialog" onClick={() => setOpen(action)}>{action.label}</button>
              </Match>
            </Switch>
          )}
        </For>
        <Show when={can('pathway:write') && !(props.finding.decision?.standing && props.finding.decision.decision === 'accepted')}>
          <button type="button" class="secondary" aria-expanded={accepting()} onClick={() => setAccepting(!accepting())}>Accept as intended…</button>
        </Show>
        <Show when={can('pathway:write') && !props.finding.decision?.standing}>
          <button type="button" class="secondary" aria-expanded={assigning()} onClick={() => setAssigning(!assigning())}>Assign to someone…</button>
        </Show>
      </div>
      <Show when={open()?.type === 'articulate' && (open() as Extract<PlannedAction, { type: 'articulate' }>)}>
        {(a) => <ArticulationDialog id={`articulate-${props.finding.fingerprint}`} modules={[a().from, a().to]} description={a().description} onDone={closed} />}
      </Show>
      <Show when={open()?.type === 'align' && (open() as Extract<PlannedAction, { type: 'align' }>)}>
        {(a) => <AlignModuleDialog id={`align-${props.finding.fingerprint}`} slug={props.slug} competency={a().competency} onDone={closed} />}
      </Show>
      <Show when={assigning()}>
        <AssignFindingForm slug={props.slug} target={props.target} fingerprint={props.finding.fingerprint} onDone={closed} />
      </Show>
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
