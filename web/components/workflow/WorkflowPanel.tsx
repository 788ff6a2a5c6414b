// "Review status" of a module or pathway: its state in words, the actions the person may take (each opening a
// small form for its summary or comment), the server's refusal inline, and the timeline of who did what.
import { createSignal, For, Show } from 'solid-js'
import { ACTION_LABELS, ACTION_PAST, noteOf, STATE_LABELS, type WorkflowAction } from '../../../shared/domain/workflow'
import type { WorkflowInput } from '../../../shared/schemas/workflow'
import type { Workflow } from '../../api'
import { formatWhen } from '../../lib/format'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'
import { inputOf, NOTE_LABELS, noteProblem, refusedNote } from './workflow-note'

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
  // What is wrong with the summary or comment, shown next to its field.
  const [noteError, setNoteError] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  const [done, setDone] = createSignal<string | null>(null)
  let opener: HTMLButtonElement | undefined
  let noteField: HTMLTextAreaElement | undefined
  const refuseNote = (message: string) => {
    setNoteError(message)
    noteField?.focus()
  }

  const start = (action: WorkflowAction, button: HTMLButtonElement) => {
    opener = button
    setOpen(action)
    setNote('')
    setProblem(null)
    setNoteError(null)
    setDone(null)
  }
  const cancel = () => {
    setOpen(null)
    setProblem(null)
    setNoteError(null)
    opener?.focus()
  }
  const send = async (action: WorkflowAction, event: SubmitEvent) => {
    event.preventDefault()
    setProblem(null)
    const wrong = noteProblem(action, note(), props.version)
    if (wrong) return refuseNote(wrong)
    setNoteError(null)
    setBusy(true)
    try {
      await props.onAct(inputOf(action, note(), props.version))
      setOpen(null)
      setDone(`${ACTION_PAST[action]}: ${props.name} is now ${STATE_LABELS[props.workflow.state].toLowerCase()}.`)
    } catch (error) {
      // A refused note is shown at its field; anything else (a state that no longer allows the action) in words
      // of the server's answer.
      const refused = refusedNote(action, note(), error)
      if (refused) refuseNote(refused)
      else setProblem(problemText(error))
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
      <Show when={lastDecision(props.workflow)}>
        {(event) => (
          <p class="workflow-decision">
            Last decision: <strong>{ACTION_PAST[event().action]}</strong> by {event().userName ?? 'a former member'} on{' '}
            <time datetime={event().at}>{formatWhen(event().at)}</time> (version {event().revision})
            <Show when={event().note}>{(text) => <>: <q>{text()}</q></>}</Show>
          </p>
        )}
      </Show>
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
              <div class="field" classList={{ 'field-invalid': Boolean(noteError()) }}>
                <label for="workflow-note">{NOTE_LABELS[action]}</label>
                <textarea id="workflow-note" rows={4} value={note()} onInput={(e) => setNote(e.currentTarget.value)}
                  aria-required={noteOf(action) === 'required'} aria-invalid={noteError() ? 'true' : undefined}
                  aria-describedby={noteError() ? 'workflow-note-error' : undefined}
                  ref={(el) => {
                    noteField = el
                    queueMicrotask(() => el.focus())
                  }} />
                <Show when={noteError()}>
                  {(message) => <p class="field-error" id="workflow-note-error">{message()}</p>}
                </Show>
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

// The reviewers' latest approval or return, so who decided what shows beside the state without reading the
// whole timeline.
function lastDecision(workflow: Workflow) {
  return [...workflow.timeline].reverse().find((event) => event.action === 'approve' || event.action === 'return')
}

// What a form without a note asks the person to confirm.
function confirmText(action: WorkflowAction, name: string): string {
  if (action === 'withdraw') return `Take ${name} out of review and back to draft?`
  if (action === 'archive') return `Archive ${name}? It can be reopened as a draft later.`
  return `Reopen ${name} as a draft?`
}
