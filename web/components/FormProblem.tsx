// Why an action failed: a bold summary and the server's message, announced at once; nothing when all is well.
import { Show } from 'solid-js'

export function FormProblem(props: { summary: string; message: string | null | undefined }) {
  return (
    <Show when={props.message}>
      {(message) => (
        <div class="error" role="alert">
          <strong>{props.summary}</strong>
          {message()}
        </div>
      )}
    </Show>
  )
}
