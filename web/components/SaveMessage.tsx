// The outcome of a form's save: announced politely when it worked, as an alert when it did not.
import { Show } from 'solid-js'

export type SaveOutcome = { ok: boolean; text: string }

export function SaveMessage(props: { message: SaveOutcome | null }) {
  return (
    <Show when={props.message}>
      {(m) => (
        <p class={m().ok ? 'saved' : 'failed'} role={m().ok ? 'status' : 'alert'}>
          {m().text}
        </p>
      )}
    </Show>
  )
}
