// The controls in the cells of a levels table: each with a label for screen readers (the column heading says it
// to sighted people) and the message for the field, tied to the control.
import { Show, type JSX } from 'solid-js'

type CellProps = {
  id: string
  label: string
  error?: string
}

// A text input in a cell.
export function CellInput(props: CellProps & { value: string; size: number; onInput: (value: string) => void }) {
  return (
    <CellFrame id={props.id} label={props.label} error={props.error}>
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
    </CellFrame>
  )
}

// A select in a cell; its options are the children.
export function CellSelect(props: CellProps & { onChange: (value: string) => void; children: JSX.Element }) {
  return (
    <CellFrame id={props.id} label={props.label} error={props.error}>
      <select
        id={props.id}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        {props.children}
      </select>
    </CellFrame>
  )
}

// The label, the control, and the message if any (its id is the control's id with "-error").
function CellFrame(props: CellProps & { children: JSX.Element }) {
  return (
    <div class="level-cell" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label class="visually-hidden" for={props.id}>
        {props.label}
      </label>
      {props.children}
      <Show when={props.error}>
        {(message) => (
          <p class="field-error" id={`${props.id}-error`}>
            {message()}
          </p>
        )}
      </Show>
    </div>
  )
}
