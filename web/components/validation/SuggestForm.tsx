// "Something is missing": a short form suggesting a competency under one area; the text is sent as plain text.
import { createSignal, Show } from 'solid-js'
import { problemText } from '../../lib/form'

export function SuggestForm(props: { areaId: number; areaTitle: string; onSuggest: (statement: string) => Promise<void> }) {
  const [text, setText] = createSignal('')
  const [message, setMessage] = createSignal<{ ok: boolean; text: string } | null>(null)
  const [busy, setBusy] = createSignal(false)
  const id = `suggest-${props.areaId}`
  const send = async (event: SubmitEvent) => {
    event.preventDefault()
    const statement = text().trim()
    if (!statement) {
      setMessage({ ok: false, text: 'Describe the missing competency first.' })
      return
    }
    setBusy(true)
    try {
      await props.onSuggest(statement)
      setText('')
      setMessage({ ok: true, text: 'Thank you: your suggestion was sent.' })
    } catch (error) {
      setMessage({ ok: false, text: problemText(error) })
    } finally {
      setBusy(false)
    }
  }
  return (
    <details class="suggest">
      <summary>Something is missing from {props.areaTitle}?</summary>
      <form class="validation-form" onSubmit={send}>
        <div>
          <label for={id}>What should someone in this job be able to do?</label>
          <textarea id={id} rows="3" maxLength={1000} value={text()} onInput={(e) => setText(e.currentTarget.value)} />
        </div>
        <div>
          <button type="submit" class="button" disabled={busy()}>
            Suggest it
          </button>
        </div>
        <p role="status" classList={{ 'save-state': true, 'save-state-failed': message()?.ok === false }}>
          <Show when={message()}>{(m) => m().text}</Show>
        </p>
      </form>
    </details>
  )
}
