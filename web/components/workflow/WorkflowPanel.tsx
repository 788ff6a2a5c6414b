// "Review status" of a module or pathway: its state in words, the actions the person may take (each opening a
// small form for its summary or comment), the server's refusal inline, and the timeline of who did what.
import { createSignal, For, Show } from 'solid-js'
import { ACTION_LABELS, ACTION_PAST, noteOf, STATE_LABELS, type WorkflowAction } from '../../../shared/domain/workflow'
import type { WorkflowInput } from '../../../shared/schemas/workflow'
import { ApiError, type Workflow } from '../../api'
import { formatWhen } from '../../lib/format'
import { FormProblem } from '../FormProblem'

// What the note of each action is called on its form.
const NOTE_LABELS: Partial<Record<WorkflowAction, string>> = {
  submit: 'Summary of the changes for the reviewers (required)',
  approve: 'Comment for the authors (optional)',
  return: 'What should change before approval (required)',
}

// The request for an action with its note; submitting names the version the person read.
function inputOf(action: WorkflowAction, note: string, version: number): WorkflowInput {
  if (action === 'submit') return { action, version, summary: note }
  if (action === 'return') return { action, comment: note }
  if (action === 'approve') return note.trim() ? { action, comment: note } : { action }
  return { action }
}

export function WorkflowPanel(props: {
  workflow: Workflow
  // How the panel names what it is about, e.g. "MFG 140".
  name: string
  // The version the person is looking at; a submission names it so a stale page is refused.
  version: number
  // Takes the action; rejects with an ApiError whose message is shown in the form.
  onAct: (input: WorkflowInput) => Promise<void>
}) {
  const [open, setOpen] = createSignal<WorkflowAction | null>(null)
  const [note, setNote] = createSignal('')
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [done, setDone] = createSignal<string | null>(null)
  let opener: HTMLButtonElement | undefined

  const start = (action: WorkflowAction, button: HTMLButtonElement) => {
    opener = button
    setOpen(action)
    setNote('')
    setProblem(null)
    setDone(null)
  }
  const cancel = () => {
    setOpen(null)
    setProblem(null)
    opener?.focus()
  }
  const send = async (action: WorkflowAction, event: SubmitEvent) => {
    event.preventDefault()
    setBusy(true)
    setProblem(null)
    try {
      await props.onAct(inputOf(action, note(), props.version))
      setOpen(null)
      setDone(`${ACTION_PAST[action]}: ${props.name} is now ${STATE_LABELS[props.workflow.state].toLowerCase()}.`)
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'The server could not be reached. Check your connection and try again.')
    } finally {
      setBusy(false)
    }
  }

  return (
    <section class="workflow-panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Review status</h2>
      <p class="workflow-state">
        <span class={`badge workflow-${props.workflow.state}`}>{STATE_LABELS[props.workflow.state]}</span>
        <Show when={props.workflow.approvedVersion}>
          {(approved) => <span class="muted"> Approved version: {approved()}</span>}
        </Show>
      </p>
      <Show when={props.workflow.request}>
        {(request) => (
          <p class="workflow-request">
            Version {request().revision} submitted by {request().submitterName ?? 'a former member'} on {formatWhen(request().submittedAt)}:{' '}
            <q>{request().summary}</q>
          </p>
        )}
      </Show>
      <p role="status" class="workflow-done">{done()}</p>

      <Show when={props.workflow.actions.length}>
        <div class="workflow-actions" role="group" aria-label={`Review actions for ${props.name}`}>
          <For each={props.workflow.actions}>
            {(action) => (
              <button type="button" class="button" aria-expanded={open() === action} disabled={busy()}
                onClick={(event) => start(action, event.currentTarget)}>
                {ACTION_LABELS[action]}
              </button>
            )}
          </For>
        </div>
      </Show>

      <Show when={open()} keyed>
        {(action) => (
          <form class="workflow-form" aria-label={ACTION_LABELS[action]} onSubmit={(event) => send(action, event)}>
            <h3>{ACTION_LABELS[action]}</h3>
            <Show when={noteOf(action) !== 'none'} fallback={<p>{confirmText(action, props.name)}</p>}>
              <div class="field">
                <label for="workflow-note">{NOTE_LABELS[action]}</label>
                <textarea id="workflow-note" rows={4} value={note()} onInput={(e) => setNote(e.currentTarget.value)}
                  aria-required={noteOf(action) === 'required'} ref={(el) => queueMicrotask(() => el.focus())} />
              </div>
            </Show>
            <FormProblem summary={`Could not ${ACTION_LABELS[action].toLowerCase()}. `} message={problem()} />
            <div class="workflow-buttons">
              <button type="submit" class="button" disabled={busy()}>Submit</button>
              <button type="button" class="button" onClick={cancel}>Cancel</button>
            </div>
          </form>
        )}
      </Show>

      <h3 id="workflow-timeline-heading">Timeline</h3>
      <Show when={props.workflow.timeline.length} fallback={<p class="empty">Nothing has happened in review yet.</p>}>
        <ol class="workflow-timeline" aria-labelledby="workflow-timeline-heading">
          <For each={props.workflow.timeline}>
            {(event) => (
              <li>
                <p class="workflow-event">
                  <strong>{ACTION_PAST[event.action]}</strong> by {event.userName ?? 'a former member'} on{' '}
                  <time datetime={event.at}>{formatWhen(event.at)}</time> <span class="muted">(version {event.revision})</span>
                </p>
                <Show when={event.note}>{(text) => <blockquote class="workflow-note">{text()}</blockquote>}</Show>
              </li>
            )}
          </For>
        </ol>
      </Show>
    </section>
  )
}

// What a form without a note asks the person to confirm.
function confirmText(action: WorkflowAction, name: string): string {
  if (action === 'withdraw') return `Take ${name} out of review and back to draft?`
  if (action === 'archive') return `Archive ${name}? It can be reopened as a draft later.`
  return `Reopen ${name} as a draft?`
}
