// Finds a competency in any framework as you type (combobox and listbox), shows its place in the hierarchy,
// and adds an alignment to it with a depth (Introduced, Reinforced, Mastered) and an "assessed" flag.
import { createSignal, Show } from 'solid-js'
import { DEPTH_LABELS, DEPTHS, type Depth } from '../../../shared/domain/vocabulary'
import { CompetencyListbox, optionId } from '../../editor/CompetencyListbox'
import { createCompetencySearch, type CompetencyHit, type CompetencySource } from '../../editor/competency-search'
import type { DraftAlignment } from '../../lib/autosave-module'

type Props = {
  id: string
  source: CompetencySource
  // Competencies this list already aligns to.
  aligned: readonly number[]
  onAdd: (alignment: DraftAlignment) => void
}

// The alignment picker.
export function AlignmentPicker(props: Props) {
  let input!: HTMLInputElement
  const [query, setQuery] = createSignal('')
  const [open, setOpen] = createSignal(false)
  const [chosen, setChosen] = createSignal<{ hit: CompetencyHit; path: string[] | null } | null>(null)
  const [depth, setDepth] = createSignal<Depth>('I')
  const [assessed, setAssessed] = createSignal(false)
  const search = createCompetencySearch(
    () => props.source,
    () => (open() && query().trim() ? query().trim() : null),
    12,
  )
  const listId = `${props.id}-results`
  const expanded = () => open() && query().trim() !== ''

  const choose = (hit: CompetencyHit) => {
    setChosen({ hit, path: search.activeHit()?.id === hit.id ? search.path() : null })
    if (!chosen()!.path) void props.source.path(hit).then((path) => chosen()?.hit.id === hit.id && setChosen({ hit, path }))
    setQuery(`${hit.code} ${hit.statement}`)
    setOpen(false)
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
  const add = () => {
    const { hit } = chosen()!
    props.onAdd({ competencyId: hit.id, code: hit.code, statement: hit.statement, depth: depth(), assessed: assessed() })
    setChosen(null)
    setQuery('')
    setAssessed(false)
    input.focus()
  }
  const already = () => chosen() !== null && props.aligned.includes(chosen()!.hit.id)

  return (
    <div class="alignment-picker">
      <label for={`${props.id}-search`}>Find a competency</label>
      <input
        id={`${props.id}-search`}
        ref={input}
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
          setChosen(null)
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <p class="hint" id={`${props.id}-search-hint`}>
        A code such as AM-QM-3, or words of the statement, in any framework.
      </p>
      <Show when={expanded()}>
        <CompetencyListbox
          id={listId}
          label="Matching competencies"
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
      <Show when={chosen()}>
        {(c) => (
          <div class="alignment-choice">
            <p class="alignment-chosen">
              <span class="code">{c().hit.code}</span> {c().hit.statement}
              <span class="competency-path">{(c().path ?? [c().hit.frameworkTitle]).join(' › ')}</span>
            </p>
            <div class="alignment-choice-row">
              <label>
                Depth{' '}
                <select value={depth()} onChange={(event) => setDepth(event.currentTarget.value as Depth)}>
                  {DEPTHS.map((d) => (
                    <option value={d}>{DEPTH_LABELS[d]}</option>
                  ))}
                </select>
              </label>
              <label>
                <input type="checkbox" checked={assessed()} onChange={(event) => setAssessed(event.currentTarget.checked)} /> Assessed
              </label>
              <button type="button" class="button button-primary" onClick={add} disabled={already()}>
                Add alignment
              </button>
              <Show when={already()}>
                <span class="muted">Already aligned; change its depth in the list.</span>
              </Show>
            </div>
          </div>
        )}
      </Show>
    </div>
  )
}
