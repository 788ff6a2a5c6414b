// A text input in a cell of a levels table: a label for screen readers (the column heading says it to sighted
// people) and the message for the field, tied to the input.
import { Show } from 'solid-js'

type Props = {
  id: string
  label: string
  value: string
  size: number
  error?: string
  onInput: (value: string) => void
}

export function CellInput(props: Props) {
  return (
    <div class="level-cell" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label class="visually-hidden" for={props.id}>
        {props.label}
      </label>
      <input
        id={props.id}
        type="text"
        autocomplete="off"
        size={props.size}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
      <CellError id={props.id} error={props.error} />
    </div>
  )
}

// The message of a cell's control, if any; its id is the control's id with "-error".
export function CellError(props: { id: string; error?: string }) {
  return (
    <Show when={props.error}>
      {(message) => (
        <p class="field-error" id={`${props.id}-error`}>
          {message()}
        </p>
      )}
    </Show>
  )
}
