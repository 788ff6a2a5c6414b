// A text field that finds a competency as you type and offers the matches in a listbox (the ARIA combobox
// pattern: focus stays in the field, the arrow keys move the highlight, Enter chooses). The module editor's
// alignment picker and the framework page's basic-skill picker are both this field with their own words.
import { createEffect, createSignal, on, Show, type Accessor, type JSX } from 'solid-js'
import { CompetencyListbox, optionId } from '../editor/CompetencyListbox'
import { createCompetencySearch, type CompetencyHit, type CompetencySource } from '../editor/competency-search'

type Props = {
  // The field is `${id}-search`, its hint `${id}-search-hint` and the listbox `${id}-results`.
  id: string
  // The class of the picker this field is, for its own layout.
  class: string
  label: string
  hint: string
  // The listbox's accessible name.
  listLabel: string
  source: CompetencySource
  // The most results to offer.
  max: number
  // The choice as its owner keeps it. Clearing it empties the field when the field still shows that choice.
  chosen: CompetencyHit | null
  // A competency chosen from the list, or null once typing changes the text of a choice.
  onChoose: (hit: CompetencyHit | null) => void
  ref?: HTMLInputElement | ((input: HTMLInputElement) => void)
  // What to show under the field for the choice, with its place in its framework (the framework's title
  // until the whole path has loaded).
  children: (hit: Accessor<CompetencyHit>, path: Accessor<string[]>) => JSX.Element
}

// The competency combobox.
export function CompetencyCombobox(props: Props) {
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [path, setPath] = createSignal<string[] | null>(null)
  const search = createCompetencySearch(
    () => props.source,
    () => (open() && query().trim() ? query().trim() : null),
    props.max,
  )
  const listId = `${props.id}-results`
  const expanded = () => open() && query().trim() !== ''
  let chosenText = ''
  createEffect(
    on(
      () => props.chosen,
      (now) => {
        if (!now && query() === chosenText) setQuery('')
      },
      { defer: true },
    ),
  )

  const choose = (hit: CompetencyHit) => {
    // The highlighted result's path is usually loaded already; otherwise it follows.
    setPath(search.activeHit()?.id === hit.id ? search.path() : null)
    if (!path()) void props.source.path(hit).then((p) => props.chosen?.id === hit.id && setPath(p)).catch(() => undefined)
    chosenText = `${hit.code} ${hit.statement}`
    setQuery(chosenText)
    setOpen(false)
    props.onChoose(hit)
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const keys: Record<string, () => void> = {
      ArrowDown: () => (open() ? search.move(1) : setOpen(true)),
      ArrowUp: () => search.move(-1),
      Enter: () => search.activeHit() && choose(search.activeHit()!),
      Escape: () => (open() ? setOpen(false) : setQuery('')),
    }
    if (!keys[event.key] || (event.key === 'Enter' && !expanded())) return
    event.preventDefault()
    keys[event.key]!()
  }

  return (
    <div class={`competency-combobox ${props.class}`}>
      <label for={`${props.id}-search`}>{props.label}</label>
      <input
        id={`${props.id}-search`}
        ref={props.ref}
        type="text"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded()}
        aria-controls={listId}
        aria-activedescendant={expanded() && search.results().length ? optionId(listId, search.active()) : undefined}
        aria-describedby={`${props.id}-search-hint`}
        value={query()}
        onInput={(event) => {
          setQuery(event.currentTarget.value)
          setOpen(true)
          if (props.chosen) props.onChoose(null)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p class="hint" id={`${props.id}-search-hint`}>
        {props.hint}
      </p>
      <Show when={expanded()}>
        <CompetencyListbox
          id={listId}
          label={props.listLabel}
          results={search.results()}
          active={search.active()}
          path={search.path()}
          searching={search.searching()}
          failed={search.failed()}
          query={query().trim()}
          onChoose={choose}
          onHighlight={search.setActive}
        />
      </Show>
      <Show when={props.chosen}>{(hit) => props.children(hit, () => path() ?? [hit().frameworkTitle])}</Show>
    </div>
  )
}
