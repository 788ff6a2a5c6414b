// "Suggested competencies" for one outcome, a module's description or a bridge: the best-matching items of the
// pathway's frameworks, each with the words it matched on marked, a depth, and Accept or Dismiss. Behind a
// disclosure button, so a module with many outcomes asks the server only for the panels someone opens. On a
// suggestion, Enter or A accepts it at its depth and D or Delete dismisses it; focus then moves to the next one.
import { createResource, createSignal, For, Show } from 'solid-js'
import { highlight } from '../../../shared/domain/suggestions/highlight'
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import type { SuggestedCompetency } from '../../../shared/schemas/suggestions'
import { ApiError } from '../../api'
import { ErrorMessage } from '../ErrorMessage'
import { FormProblem } from '../FormProblem'

type Props = {
  id: string
  // What the suggestions are for, e.g. "outcome 2": names the button, the list and the announcements.
  subject: string
  // What is suggested: "competencies" unless told (a bridge is offered "basic skills").
  what?: string
  // Reads the suggestions again whenever this changes (a save may have changed the text they come from).
  version: unknown
  load: () => Promise<{ items: SuggestedCompetency[] }>
  // Competencies the draft already aligns to here: an accepted suggestion leaves the list before the save.
  aligned: readonly number[]
  onAccept: (suggestion: SuggestedCompetency, depth: Depth) => void
  onDismiss: (suggestion: SuggestedCompetency) => Promise<void>
}

export function SuggestionsPanel(props: Props) {
  let list: HTMLUListElement | undefined
  let toggle!: HTMLButtonElement
  const [open, setOpen] = createSignal(false)
  const [suggestions] = createResource(() => (open() ? { version: props.version } : undefined), () => props.load())
  const [dismissed, setDismissed] = createSignal<readonly number[]>([])
  const [depths, setDepths] = createSignal<Readonly<Record<number, Depth>>>({})
  const [announcement, setAnnouncement] = createSignal('')
  const [problem, setProblem] = createSignal<string | null>(null)
  // Kept from the last answer while a new one loads, so the list does not flash away after each save.
  const shown = () => {
    const answer = suggestions.state === 'ready' || suggestions.state === 'refreshing' ? suggestions.latest : undefined
    const hidden = new Set([...props.aligned, ...dismissed()])
    return (answer?.items ?? []).filter((s) => !hidden.has(s.competencyId))
  }
  const depthOf = (s: SuggestedCompetency): Depth => depths()[s.competencyId] ?? 'I'
  const hintId = `${props.id}-keys`
  const title = () => `Suggested ${props.what ?? 'competencies'} for ${props.subject}`

  // After a suggestion leaves the list, focus goes to the one that took its place, else the one before, else
  // the button that opened the panel.
  const refocus = (at: number) =>
    queueMicrotask(() => {
      const rows = list?.querySelectorAll<HTMLElement>('li.suggestion') ?? []
      ;(rows[Math.min(at, rows.length - 1)] ?? toggle).focus()
    })
  const accept = (s: SuggestedCompetency, at: number) => {
    const depth = depthOf(s)
    props.onAccept(s, depth)
    setAnnouncement(`${s.code} aligned to ${props.subject} as ${DEPTH_LABELS[depth]}.`)
    refocus(at)
  }
  const dismiss = async (s: SuggestedCompetency, at: number) => {
    setProblem(null)
    try {
      await props.onDismiss(s)
    } catch (error) {
      setProblem(error instanceof ApiError ? error.message : 'The server could not be reached.')
      return
    }
    setDismissed((ids) => [...ids, s.competencyId])
    setAnnouncement(`${s.code} dismissed; it will not be suggested for ${props.subject} again.`)
    refocus(at)
  }
  const onKey = (event: KeyboardEvent, s: SuggestedCompetency, at: number) => {
    // Only on the suggestion itself: in its depth list a letter picks an option, on a button Enter presses it.
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return
    const key = event.key.toLowerCase()
    if (key === 'enter' || key === 'a') {
      event.preventDefault()
      accept(s, at)
    } else if (key === 'd' || key === 'delete') {
      event.preventDefault()
      void dismiss(s, at)
    }
  }

  return (
    <div class="suggestions">
      <button
        type="button"
        class="button button-quiet"
        ref={toggle}
        aria-expanded={open()}
        aria-controls={`${props.id}-panel`}
        onClick={() => setOpen(!open())}
      >
        {open() ? `Hide ${title().toLowerCase()}` : title()}
      </button>
      <div id={`${props.id}-panel`}>
        <Show when={open()}>
          <Show when={suggestions.error}>{(error) => <ErrorMessage error={error()} what="the suggestions" />}</Show>
          <FormProblem summary="Could not dismiss the suggestion." message={problem()} />
          <Show when={suggestions.loading && !suggestions.latest}>
            <p class="status" role="status">
              Looking for matching competencies…
            </p>
          </Show>
          <Show when={suggestions.latest}>
            <Show when={shown().length} fallback={<p class="empty">No more suggestions for {props.subject}.</p>}>
              <p class="hint" id={hintId}>
                On a suggestion: Enter or A accepts it at the depth shown, D or Delete dismisses it.
              </p>
              <ul class="plain-list suggestion-list" aria-label={title()} ref={list}>
                <For each={shown()}>
                  {(s, index) => (
                    <li
                      class="suggestion"
                      tabIndex={0}
                      aria-labelledby={`${props.id}-s${s.competencyId}`}
                      aria-describedby={hintId}
                      data-competency={s.competencyId}
                      onKeyDown={(event) => onKey(event, s, index())}
                    >
                      <p class="suggestion-text" id={`${props.id}-s${s.competencyId}`}>
                        <span class="code">{s.code}</span>{' '}
                        <For each={highlight(s.statement, s.matched)}>
                          {(segment) => (
                            <Show when={segment.match} fallback={segment.text}>
                              <mark>{segment.text}</mark>
                            </Show>
                          )}
                        </For>
                      </p>
                      <p class="suggestion-why muted">
                        {s.frameworkTitle} · matched {s.matched.join(', ')}
                      </p>
                      <div class="suggestion-actions">
                        <label>
                          Depth<span class="visually-hidden"> for {s.code}</span>{' '}
                          <select
                            value={depthOf(s)}
                            onChange={(event) => setDepths((all) => ({ ...all, [s.competencyId]: event.currentTarget.value as Depth }))}
                          >
                            {DEPTHS.map((d) => (
                              <option value={d}>{DEPTH_LABELS[d]}</option>
                            ))}
                          </select>
                        </label>
                        <button type="button" class="button button-primary" onClick={() => accept(s, index())}>
                          Accept<span class="visually-hidden"> {s.code}</span>
                        </button>
                        <button type="button" class="button button-quiet" onClick={() => void dismiss(s, index())}>
                          Dismiss<span class="visually-hidden"> {s.code}</span>
                        </button>
                      </div>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </Show>
        </Show>
        <p class="visually-hidden" role="status">
          {announcement()}
        </p>
      </div>
    </div>
  )
}
