// The occupations named at one place (an exit point, a credential): a list of SOC code and title with a Remove
// button each, and a field that searches the 2018 SOC list by code or title as you type (the ARIA combobox
// pattern: focus stays in the field, the arrow keys move the highlight, Enter adds, Escape closes).
import { createSignal, For, Show } from 'solid-js'
import { createOccupationSearch, type OccupationHit } from '../../lib/occupation-search'
import '../../styles/labor.css'

type Props = {
  // The field is `${id}-search`, the listbox `${id}-results`, the error `${id}-error`.
  id: string
  legend: string
  chosen: readonly OccupationHit[]
  search: (q: string) => Promise<OccupationHit[]>
  // The most occupations the place names (a local wage row names one); once reached, the search field gives way.
  max?: number
  // The server's or the form's message about this list.
  error?: string | undefined
  onChange: (occupations: OccupationHit[]) => void
}

const optionId = (listId: string, index: number) => `${listId}-option-${index}`

// The occupation picker.
export function OccupationPicker(props: Props) {
  let box!: HTMLFieldSetElement
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [announcement, setAnnouncement] = createSignal('')
  const search = createOccupationSearch(props.search, () => (open() && query().trim() ? query().trim() : null))
  const listId = `${props.id}-results`
  // Occupations already named are not offered again.
  const offered = () => search.results().filter((hit) => !props.chosen.some((c) => c.socCode === hit.socCode))
  const activeIndex = () => Math.min(search.active(), Math.max(0, offered().length - 1))
  const expanded = () => open() && query().trim() !== ''

  const add = (hit: OccupationHit) => {
    props.onChange([...props.chosen, { socCode: hit.socCode, title: hit.title }])
    setAnnouncement(`${hit.title} (${hit.socCode}) added.`)
    setQuery('')
    setOpen(false)
    // When the list is now full the field is gone: focus moves to the new occupation's Remove button.
    queueMicrotask(() => (searchField() ?? box.querySelector<HTMLButtonElement>('li:last-child button'))?.focus())
  }
  const remove = (gone: OccupationHit) => {
    props.onChange(props.chosen.filter((c) => c.socCode !== gone.socCode))
    setAnnouncement(`${gone.title} (${gone.socCode}) removed.`)
    queueMicrotask(() => searchField()?.focus())
  }
  const searchField = () => box.querySelector<HTMLInputElement>('input[role="combobox"]')
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open() ? search.move(1) : setOpen(true)),
      ArrowUp: () => search.move(-1),
      Enter: () => offered()[activeIndex()] && add(offered()[activeIndex()]!),
      Escape: () => (open() ? setOpen(false) : setQuery('')),
    }
    // Enter with the list closed must not submit the surrounding form either.
    if (!keys[event.key]) return
    event.preventDefault()
    keys[event.key]!()
  }
  const describedBy = () => [`${props.id}-hint`, props.error && `${props.id}-error`].filter(Boolean).join(' ')

  return (
    <fieldset ref={box} class="occupation-picker" classList={{ 'field-invalid': Boolean(props.error) }}>
      <legend>{props.legend}</legend>
      <Show when={props.chosen.length} fallback={<p class="empty">No occupations named yet.</p>}>
        <ul class="plain-list chosen-occupations">
          <For each={props.chosen}>
            {(o) => (
              <li>
                <span>
                  <span class="code">{o.socCode}</span> {o.title}
                </span>
                <button type="button" class="button button-quiet button-danger button-small" onClick={() => remove(o)}>
                  Remove<span class="visually-hidden"> {o.title} ({o.socCode})</span>
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
      <Show when={props.chosen.length < (props.max ?? Infinity)} fallback={<p class="hint">Remove it to choose another.</p>}>
        <label for={`${props.id}-search`}>{props.chosen.length ? 'Add another occupation' : 'Add an occupation'}</label>
        <input
          id={`${props.id}-search`}
          type="text"
          role="combobox"
          autocomplete="off"
          spellcheck={false}
          aria-autocomplete="list"
          aria-expanded={expanded()}
          aria-controls={listId}
          aria-activedescendant={expanded() && offered().length ? optionId(listId, activeIndex()) : undefined}
          aria-describedby={describedBy()}
          aria-invalid={props.error ? 'true' : undefined}
          value={query()}
          onInput={(event) => {
            setQuery(event.currentTarget.value)
            setOpen(true)
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <p class="hint" id={`${props.id}-hint`}>
          Type part of a job title or a SOC code such as 51-40.
        </p>
        <Show when={expanded()}>
          <div class="occupation-results">
            <Show when={offered().length}>
              <ul id={listId} role="listbox" aria-label={`Occupations matching “${query().trim()}”`} class="competency-listbox">
                <For each={offered()}>
                  {(hit, index) => (
                    <li
                      id={optionId(listId, index())}
                      role="option"
                      aria-selected={index() === activeIndex()}
                      classList={{ 'competency-option': true, active: index() === activeIndex() }}
                      // mousedown, not click: choosing must not take focus from the field first.
                      onMouseDown={(event) => {
                        event.preventDefault()
                        add(hit)
                      }}
                      onMouseMove={() => index() !== search.active() && search.setActive(index())}
                    >
                      <span class="code">{hit.socCode}</span> <span>{hit.title}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <p class="competency-results-note" aria-live="polite">
              <Show when={search.failed()} fallback={note(search.searching(), offered().length, query().trim())}>
                {(message) => `Search failed: ${message()}`}
              </Show>
            </p>
          </div>
        </Show>
      </Show>
      <Show when={props.error}>
        {(message) => (
          <p class="field-error" id={`${props.id}-error`}>
            {message()}
          </p>
        )}
      </Show>
      <p class="visually-hidden" role="status">
        {announcement()}
      </p>
    </fieldset>
  )
}

function note(searching: boolean, n: number, query: string): string {
  if (searching) return 'Searching…'
  if (n === 0) return `No other occupation matches “${query}”.`
  return `${n} ${n === 1 ? 'occupation' : 'occupations'}; arrow keys to move, Enter to add.`
}
