// The popup that `#` opens in a rich-text field: competencies matching what follows the `#`, chosen with the
// arrow keys and Enter while typing continues in the text (the text box points at the highlighted option).
// Where the field may align to what it cites, choosing a competency then asks how: "Cite only" (highlighted,
// so Enter Enter just cites) or "Cite and align at" a depth. Nothing is aligned unless the person picks that.
import { createEffect, createSignal, on, onCleanup, Show } from 'solid-js'
import type { Depth } from '../../shared/domain/vocabulary'
import { CITE_CHOICES } from './cite-choices'
import { CiteChoiceListbox } from './CiteChoiceListbox'
import { CompetencyListbox, optionId } from './CompetencyListbox'
import { createCompetencySearch, type CompetencyHit, type CompetencySource } from './competency-search'
import type { HashQuery } from './hash-trigger'

type Props = {
  id: string
  query: HashQuery
  // Where the popup sits, relative to the editor frame.
  position: { left: number; top: number }
  source: CompetencySource
  // The editor's text box, which keeps focus and announces the highlighted option.
  textbox: HTMLElement
  // Whether to offer "Cite and align at …" after a competency is chosen.
  offerAlign: boolean
  // `depth` is null for "Cite only".
  onChoose: (hit: CompetencyHit, depth: Depth | null) => void
  // Receives the popup's key handler while it is open.
  onKeys: (handler: ((event: KeyboardEvent) => boolean) | null) => void
}

// The `#` competency popup.
export function ReferencePopup(props: Props) {
  const search = createCompetencySearch(
    () => props.source,
    () => props.query.query,
    8,
  )
  const [chosen, setChosen] = createSignal<CompetencyHit | null>(null)
  const [choice, setChoice] = createSignal(0)
  const choicesId = () => `${props.id}-how`
  // Typing on changes the search, which takes the popup back to its results.
  createEffect(on(() => props.query.query, () => setChosen(null), { defer: true }))

  const choose = (hit: CompetencyHit) => {
    if (!props.offerAlign) return props.onChoose(hit, null)
    setChoice(0)
    setChosen(hit)
  }
  props.onKeys((event) => {
    const hit = chosen()
    if (hit) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        const n = CITE_CHOICES.length
        setChoice((choice() + (event.key === 'ArrowDown' ? 1 : -1) + n) % n)
        return true
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        props.onChoose(hit, CITE_CHOICES[choice()]!.depth)
        return true
      }
      if (event.key === 'Escape') {
        setChosen(null)
        return true
      }
      return false
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      search.move(event.key === 'ArrowDown' ? 1 : -1)
      return true
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const active = search.activeHit()
      if (!active || search.searching()) return event.key === 'Enter' && search.searching()
      choose(active)
      return true
    }
    return false
  })

  createEffect(() => {
    const box = props.textbox
    box.setAttribute('aria-autocomplete', 'list')
    if (chosen()) {
      box.setAttribute('aria-controls', choicesId())
      box.setAttribute('aria-activedescendant', optionId(choicesId(), choice()))
      return
    }
    box.setAttribute('aria-controls', props.id)
    if (search.results().length) box.setAttribute('aria-activedescendant', optionId(props.id, search.active()))
    else box.removeAttribute('aria-activedescendant')
  })
  onCleanup(() => {
    props.onKeys(null)
    for (const name of ['aria-autocomplete', 'aria-controls', 'aria-activedescendant']) props.textbox.removeAttribute(name)
  })

  return (
    <div class="reference-popup" style={{ left: `${props.position.left}px`, top: `${props.position.top}px` }}>
      <Show
        when={chosen()}
        fallback={
          <>
            <p class="reference-popup-title" aria-hidden="true">
              Cite a competency
            </p>
            <CompetencyListbox
              id={props.id}
              label="Competencies to cite"
              results={search.results()}
              active={search.active()}
              path={search.path()}
              searching={search.searching()}
              failed={search.failed()}
              query={props.query.query}
              onChoose={choose}
              onHighlight={search.setActive}
            />
          </>
        }
      >
        {(hit) => (
          <>
            <p class="reference-popup-title" aria-hidden="true">
              <span class="code">{hit().code}</span> {hit().statement}
            </p>
            <CiteChoiceListbox
              id={choicesId()}
              code={hit().code}
              active={choice()}
              onChoose={(c) => props.onChoose(hit(), c.depth)}
              onHighlight={setChoice}
            />
          </>
        )}
      </Show>
    </div>
  )
}
