// The popup that `#` opens in a rich-text field: competencies matching what follows the `#`, chosen with the
// arrow keys and Enter while typing continues in the text (the text box points at the highlighted option).
import { createEffect, onCleanup } from 'solid-js'
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
  onChoose: (hit: CompetencyHit) => void
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
  props.onKeys((event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      search.move(event.key === 'ArrowDown' ? 1 : -1)
      return true
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const hit = search.activeHit()
      if (!hit || search.searching()) return event.key === 'Enter' && search.searching()
      props.onChoose(hit)
      return true
    }
    return false
  })

  createEffect(() => {
    const box = props.textbox
    box.setAttribute('aria-autocomplete', 'list')
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
        onChoose={props.onChoose}
        onHighlight={search.setActive}
      />
    </div>
  )
}
