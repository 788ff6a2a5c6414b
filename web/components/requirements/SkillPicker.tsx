// Finds a basic-skills standard as you type (combobox and listbox, as in the module editor's alignment picker)
// and reports the one chosen, showing its place in its framework.
import { createEffect, createSignal, on, Show } from 'solid-js'
import { CompetencyListbox, optionId } from '../../editor/CompetencyListbox'
import { createCompetencySearch, type CompetencyHit, type CompetencySource } from '../../editor/competency-search'

type Props = {
  id: string
  source: CompetencySource
  chosen: CompetencyHit | null
  onChoose: (hit: CompetencyHit | null) => void
}

// The basic-skill picker.
export function SkillPicker(props: Props) {
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [path, setPath] = createSignal<string[] | null>(null)
  const search = createCompetencySearch(
    () => props.source,
    () => (open() && query().trim() ? query().trim() : null),
    10,
  )
  const listId = `${props.id}-results`
  const expanded = () => open() && query().trim() !== ''
  // The text a choice put in the field: when the owner clears the choice (after saving), the field empties too.
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
    <div class="skill-picker">
      <label for={`${props.id}-search`}>Basic skill</label>
      <input
        id={`${props.id}-search`}
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
        A code such as CCR.M.6.NS.3, or words of the standard, in the basic-skills frameworks.
      </p>
      <Show when={expanded()}>
        <CompetencyListbox
          id={listId}
          label="Matching basic skills"
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
      <Show when={props.chosen}>
        {(hit) => (
          <p class="skill-chosen">
            <span class="visually-hidden">Chosen: </span>
            <span class="code">{hit().code}</span> {hit().statement}
            <Show when={hit().level}>{(level) => <span class="badge badge-level">Level {level()}</span>}</Show>
            <span class="competency-path">{(path() ?? [hit().frameworkTitle]).join(' › ')}</span>
          </p>
        )}
      </Show>
    </div>
  )
}
