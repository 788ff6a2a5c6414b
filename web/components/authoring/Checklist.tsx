// A group of checkboxes for choosing several rows (credentials, prerequisites, frameworks), with a filter box
// once the list is long; the chosen ones are listed above it so they stay in view.
import { createSignal, For, Show } from 'solid-js'

export type ChecklistOption = { id: number; label: string; detail?: string }

type Props = {
  id: string
  legend: string
  options: readonly ChecklistOption[]
  selected: readonly number[]
  onChange: (ids: number[]) => void
  hint?: string
}

const FILTER_FROM = 8

// The checklist.
export function Checklist(props: Props) {
  const [filter, setFilter] = createSignal('')
  const shown = () => {
    const words = filter().toLowerCase().split(/\s+/).filter(Boolean)
    return props.options.filter((o) => words.every((w) => `${o.label} ${o.detail ?? ''}`.toLowerCase().includes(w)))
  }
  const toggle = (id: number, on: boolean) =>
    props.onChange(on ? [...props.selected, id] : props.selected.filter((chosen) => chosen !== id))
  const chosen = () => props.options.filter((o) => props.selected.includes(o.id))

  return (
    <fieldset id={props.id} class="checklist" aria-describedby={props.hint ? `${props.id}-hint` : undefined}>
      <legend>{props.legend}</legend>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      <p class="checklist-chosen">
        <Show when={chosen().length} fallback={<span class="muted">None chosen.</span>}>
          Chosen: {chosen().map((o) => o.label).join('; ')}
        </Show>
      </p>
      <Show when={props.options.length >= FILTER_FROM}>
        <label class="checklist-filter">
          Filter <span class="visually-hidden">{props.legend}</span>
          <input type="search" value={filter()} onInput={(event) => setFilter(event.currentTarget.value)} />
        </label>
      </Show>
      <ul class="plain-list checklist-options">
        <For each={shown()} fallback={<li class="muted">Nothing matches.</li>}>
          {(option) => (
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={props.selected.includes(option.id)}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                />{' '}
                {option.label}
                <Show when={option.detail}>
                  <span class="muted"> {option.detail}</span>
                </Show>
              </label>
            </li>
          )}
        </For>
      </ul>
    </fieldset>
  )
}
