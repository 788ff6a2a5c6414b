// Assigning a finding to a person of the partnership with a due date (and, if wanted, a note). The people offered
// are those who may see the pathway, as for @mentions; the server also refuses anyone who cannot see every module
// the finding involves, and its refusal is shown next to the field it names.
import { formatDate } from '../../lib/format'
import { createResource, createSignal, For, Show } from 'solid-js'
import { REASON_MAX } from '../../../shared/schemas/finding-decision'
import type { CommentTarget } from '../../../shared/schemas/comment'
import { ApiError, client, data } from '../../api'
import { searchPeople } from '../comments/comments-api'
import { FormProblem } from '../FormProblem'

type Props = { slug: string; target: CommentTarget; fingerprint: string; onDone: (saved: string | null) => void }

// The server names the refused field as "assigneeId: …", "dueOn: …" or "reason: …".
const fieldOf = (error: ApiError) => /^(assigneeId|dueOn|reason):/.exec(error.message)?.[1] ?? null

export function AssignFindingForm(props: Props) {
  const [people] = createResource(() => props.target, (target) => searchPeople(target, '', 50))
  const [assignee, setAssignee] = createSignal('')
  const [dueOn, setDueOn] = createSignal('')
  const [note, setNote] = createSignal('')
  const [problem, setProblem] = createSignal<{ field: string | null; message: string } | null>(null)
  const [busy, setBusy] = createSignal(false)
  const id = (what: string) => `assign-${what}-${props.fingerprint}`
  const problemOf = (field: string) => (problem()?.field === field ? problem()!.message : undefined)
  const submit = async (e: SubmitEvent) => {
    e.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      const saved = await data(
        client.pathways[':slug'].findings.decisions.$post({
          param: { slug: props.slug },
          json: { fingerprint: props.fingerprint, decision: 'assigned', assigneeId: Number(assignee()), dueOn: dueOn(), reason: note().trim() || undefined },
        }),
      )
      const name = people()?.find((p) => String(p.id) === assignee())?.name
      props.onDone(`Assigned${name ? ` to ${name}` : ''}, due ${formatDate(saved.dueOn ?? dueOn())}.`)
    } catch (error) {
      setProblem(error instanceof ApiError ? { field: fieldOf(error), message: error.message } : { field: null, message: 'Something went wrong; try again.' })
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="finding-accept" onSubmit={submit}>
      <label for={id('person')}>Assign to</label>
      <select id={id('person')} required value={assignee()} onChange={(e) => setAssignee(e.currentTarget.value)}
        aria-invalid={problemOf('assigneeId') ? true : undefined} aria-describedby={problemOf('assigneeId') ? id('person-problem') : undefined}>
        <option value="">Choose a person</option>
        <For each={people() ?? []}>{(p) => <option value={p.id}>{p.name}</option>}</For>
      </select>
      <Show when={problemOf('assigneeId')}>{(m) => <p id={id('person-problem')} class="field-error">{m()}</p>}</Show>
      <label for={id('due')}>Due on</label>
      <input id={id('due')} type="date" required value={dueOn()} onInput={(e) => setDueOn(e.currentTarget.value)}
        aria-invalid={problemOf('dueOn') ? true : undefined} aria-describedby={problemOf('dueOn') ? id('due-problem') : undefined} />
      <Show when={problemOf('dueOn')}>{(m) => <p id={id('due-problem')} class="field-error">{m()}</p>}</Show>
      <label for={id('note')}>Note (optional)</label>
      <textarea id={id('note')} maxLength={REASON_MAX} value={note()} onInput={(e) => setNote(e.currentTarget.value)} />
      <FormProblem summary="Not assigned. " message={problem() && !problem()!.field ? problem()!.message : null} />
      <div class="finding-action-buttons">
        <button type="submit" disabled={busy()}>Assign</button>
        <button type="button" class="secondary" onClick={() => props.onDone(null)}>Cancel</button>
      </div>
    </form>
  )
}
