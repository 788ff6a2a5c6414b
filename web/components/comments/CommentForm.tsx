// Writing a comment, a reply or an edit: plain text with an @ picker of the people who can see the target.
// Reports the text and the people it mentions; the caller sends them.
import { createSignal, createUniqueId, onCleanup, Show } from 'solid-js'
import { CommentInput } from '../../../shared/schemas/comment'
import type { MentionPerson } from '../../api'
import { problemText } from '../../lib/form'
import { FormProblem } from '../FormProblem'
import type { Draft } from './comments-api'
import { insertMention, mentionAt, mentionsIn } from './mention-trigger'
import { MentionListbox, mentionOptionId } from './MentionListbox'

type Props = {
  label: string
  submitLabel: string
  initial?: { text: string; mentions: { id: number; name: string }[] }
  searchPeople: (q: string) => Promise<MentionPerson[]>
  onSubmit: (draft: Draft) => Promise<void>
  onCancel?: () => void
  autofocus?: boolean
}

export function CommentForm(props: Props) {
  const id = createUniqueId()
  const listId = `${id}-people`
  let field!: HTMLTextAreaElement
  const [text, setText] = createSignal(props.initial?.text ?? '')
  const chosen = new Map((props.initial?.mentions ?? []).map((m) => [m.id, m.name]))
  const [mention, setMention] = createSignal<{ start: number; query: string } | null>(null)
  const [people, setPeople] = createSignal<MentionPerson[]>([])
  const [active, setActive] = createSignal(0)
  const [problem, setProblem] = createSignal<string | null>(null)
  const [busy, setBusy] = createSignal(false)
  let asked = 0
  onCleanup(() => (asked = -1))

  const look = async () => {
    const found = mentionAt(field.value, field.selectionStart)
    // A name already chosen at this @ is done: typing on after it is the comment, not a search.
    const done = found && [...chosen.values()].some((name) => found.query.startsWith(`${name} `) || found.query === `${name} `)
    setMention(done ? null : found)
    if (!found || done) return
    const ticket = ++asked
    try {
      const hits = await props.searchPeople(found.query)
      if (ticket !== asked) return
      // Words after a space that match nobody are the comment going on, not a name.
      if (!hits.length && found.query.includes(' ')) return void setMention(null)
      setPeople(hits)
      setActive(0)
    } catch (error) {
      if (ticket === asked) setProblem(problemText(error))
    }
  }
  const choose = (person: MentionPerson) => {
    const at = mention()
    if (!at) return
    const next = insertMention(field.value, at, person.name)
    chosen.set(person.id, person.name)
    setText(next.text)
    field.value = next.text
    field.setSelectionRange(next.caret, next.caret)
    setMention(null)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (!mention()) return
    const n = people().length
    if (event.key === 'Escape') {
      event.preventDefault()
      setMention(null)
    } else if (n && event.key === 'ArrowDown') {
      event.preventDefault()
      setActive((active() + 1) % n)
    } else if (n && event.key === 'ArrowUp') {
      event.preventDefault()
      setActive((active() - 1 + n) % n)
    } else if (n && event.key === 'Enter') {
      event.preventDefault()
      choose(people()[active()]!)
    }
  }
  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    const draft = { body: text(), mentions: mentionsIn(text(), chosen) }
    const checked = CommentInput.safeParse(draft)
    if (!checked.success) {
      setProblem(text().trim() ? checked.error.issues[0]!.message : 'Write something first.')
      field.focus()
      return
    }
    setBusy(true)
    setProblem(null)
    try {
      await props.onSubmit(draft)
      setText('')
      chosen.clear()
    } catch (error) {
      setProblem(problemText(error))
    } finally {
      setBusy(false)
    }
  }
  const open = () => mention() !== null
  return (
    <form class="comment-form" onSubmit={submit} noValidate>
      <label for={`${id}-text`}>{props.label}</label>
      <p id={`${id}-hint`} class="hint">Type @ to mention someone.</p>
      <textarea
        id={`${id}-text`}
        ref={field}
        rows={3}
        value={text()}
        autofocus={props.autofocus}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem() ? 'true' : undefined}
        aria-autocomplete="list"
        aria-controls={open() && people().length ? listId : undefined}
        aria-activedescendant={open() && people().length ? mentionOptionId(listId, active()) : undefined}
        onInput={(event) => {
          setText(event.currentTarget.value)
          void look()
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setMention(null)}
      />
      <Show when={open()}>
        <MentionListbox id={listId} people={people()} active={active()} query={mention()!.query} onChoose={choose} onHighlight={setActive} />
      </Show>
      <FormProblem summary="Not sent." message={problem()} />
      <div class="comment-form-actions">
        <button type="submit" class="button" disabled={busy()}>{props.submitLabel}</button>
        <Show when={props.onCancel}>
          {(cancel) => (
            <button type="button" class="button" onClick={() => cancel()()}>
              Cancel
            </button>
          )}
        </Show>
      </div>
    </form>
  )
}
