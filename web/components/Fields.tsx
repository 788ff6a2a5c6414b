// Labelled form fields with an optional hint and an error message, both tied to the control for screen readers.
import { For, Show, type JSX } from 'solid-js'
import type { Choice } from '../lib/form'

// A hint may hold a link (to the glossary, say), so it is any element, not only text.
type FieldFrame = { id: string; label: string; hint?: JSX.Element; error?: string }

const describedBy = (props: FieldFrame) =>
  [props.hint && `${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ') || undefined

function Frame(props: FieldFrame & { children: JSX.Element }) {
  return (
    <div class="field" classList={{ 'field-invalid': Boolean(props.error) }}>
      <label for={props.id}>{props.label}</label>
      {props.children}
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <Show when={props.error}>
        <p class="field-error" id={`${props.id}-error`}>
          {props.error}
        </p>
      </Show>
    </div>
  )
}

type TextFieldProps = FieldFrame & {
  type?: 'text' | 'email' | 'password' | 'date'
  autocomplete: string
  // The earliest and latest values of a date field.
  min?: string
  max?: string
  value: string
  onInput: (value: string) => void
}

// A text, email, password or date input with its label.
export function TextField(props: TextFieldProps) {
  return (
    <Frame {...props}>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        autocomplete={props.autocomplete}
        min={props.min}
        max={props.max}
        value={props.value}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </Frame>
  )
}

// Choices under a heading of their own (an optgroup).
export type ChoiceGroup = { label: string; choices: readonly Choice[] }

type SelectFieldProps = FieldFrame & {
  choices: readonly Choice[]
  // Listed after `choices`, each group under its heading.
  groups?: readonly ChoiceGroup[]
  value: string
  onChange: (value: string) => void
}

// A select of choices with its label.
export function SelectField(props: SelectFieldProps) {
  const option = (choice: Choice) => (
    <option value={choice.value} selected={choice.value === props.value} disabled={choice.disabled}>
      {choice.label}
    </option>
  )
  return (
    <Frame {...props}>
      <select
        id={props.id}
        name={props.id}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy(props)}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <For each={props.choices}>{option}</For>
        <For each={props.groups}>
          {(group) => (
            <optgroup label={group.label}>
              <For each={group.choices}>{option}</For>
            </optgroup>
          )}
        </For>
      </select>
    </Frame>
  )
}
